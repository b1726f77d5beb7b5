export { classifyForStore, ingestEntries, placeEntry } from './ingest-entries.js';
export { type PollDeps, pollSource } from './poll-source.js';
