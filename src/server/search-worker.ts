/**
 * A search worker's entry point: its own connection to the database (it keeps the search index
 * up to date and reads it), one search at a time. Started by SearchPool, never imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSqliteSearchStore, openDatabase } from '../store/index.js';
import { runSearch, type SearchJob } from './run-search.js';

const store = createSqliteSearchStore(openDatabase((workerData as { database: string }).database));

parentPort?.on('message', async (request: { id: number; job: SearchJob }) => {
  try {
    parentPort?.postMessage({ id: request.id, result: await runSearch(store, request.job) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ id: request.id, error: message });
  }
});
