export { classifyForStore, ingestEntries, placeEntry } from './ingest-entries.js';
export { loadStoryWindow } from './load-story-window.js';
export { type PollDeps, pollSource } from './poll-source.js';
