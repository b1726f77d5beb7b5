import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  CHECKPOINTER_BUSY,
  CHECKPOINTER_GONE,
  CHECKPOINTER_IDLE,
  type CheckpointerData,
} from './checkpoint-messages.js';

/**
 * The checkpointer's thread, as plain JavaScript run with `eval: true`: it needs neither the
 * project's modules nor a TypeScript loader (a thread through tsx costs ~30 MB more), only
 * better-sqlite3, required by the absolute path resolved here. Its own connection, a small page
 * cache (a checkpoint copies WAL frames to the file, it reads nothing through the cache), one
 * `PRAGMA wal_checkpoint(PASSIVE)` per request; it never starts one once the main thread has
 * moved the shared flag off IDLE (closing), and clears BUSY with a notify when one ends; told
 * to close, it closes its connection and sets GONE with a notify.
 * Replies are CheckpointReply (checkpoint-messages.ts).
 */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const flag = new Int32Array(workerData.state);
const db = new Database(workerData.path, { fileMustExist: true, timeout: 0 });
db.pragma('cache_size = -512');
function checkpoint() {
  if (Atomics.compareExchange(flag, 0, ${CHECKPOINTER_IDLE}, ${CHECKPOINTER_BUSY}) !== ${CHECKPOINTER_IDLE}) return { skipped: true };
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    return { busy: row.busy === 1, walFrames: row.log, checkpointed: row.checkpointed };
  } catch (error) {
    return { error: 'store: WAL checkpoint failed: ' + (error && error.message ? error.message : String(error)) };
  } finally {
    Atomics.store(flag, 0, ${CHECKPOINTER_IDLE});
    Atomics.notify(flag, 0);
  }
}
parentPort.on('message', (request) => {
  if (request === 'close') {
    try {
      db.close();
    } finally {
      Atomics.store(flag, 0, ${CHECKPOINTER_GONE});
      Atomics.notify(flag, 0);
      parentPort.close();
    }
    return;
  }
  parentPort.postMessage(checkpoint());
});
`;

/** Starts the checkpointer's thread on the database file `path`, sharing `state` (one Int32). */
export function startCheckpointThread(path: string, state: SharedArrayBuffer): Worker {
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const data: CheckpointerData & { sqlite: string } = { path, state, sqlite };
  return new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: 16 },
  });
}
