export { classifyForStore, ingestEntries, placeEntry } from './ingest-entries.js';
export type { PollDeps } from './poll-deps.js';
export { pollSource } from './poll-source.js';
