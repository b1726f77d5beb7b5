export { classifyForStore } from './classify-for-store.js';
export { ingestEntries } from './ingest-entries.js';
export { placeEntry } from './place-entry.js';
export type { PollDeps } from './poll-deps.js';
export { pollSource } from './poll-source.js';
