/**
 * The WAL checkpointer's thread (wal-checkpointer.ts): its own connection to the database file,
 * one `PRAGMA wal_checkpoint(PASSIVE)` per request, so that copying the WAL back into the
 * database (seconds of I/O after a large poll) never runs on the main thread. Started by
 * createWalCheckpointer, never imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import {
  CHECKPOINTER_BUSY,
  CHECKPOINTER_IDLE,
  type CheckpointerData,
  type CheckpointReply,
  type CheckpointRequest,
} from './checkpoint-messages.js';

const { path, state } = workerData as CheckpointerData;
const flag = new Int32Array(state);
// PASSIVE never waits on a lock, so no busy timeout is needed; the file exists (the writer made it).
const db = new Database(path, { fileMustExist: true, timeout: 0 });

interface CheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

function checkpoint(): CheckpointReply {
  // The main thread closing the store moves the flag off IDLE; then nothing starts here.
  if (Atomics.compareExchange(flag, 0, CHECKPOINTER_IDLE, CHECKPOINTER_BUSY) !== CHECKPOINTER_IDLE)
    return { skipped: true };
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as CheckpointRow[];
    return {
      busy: row?.busy === 1,
      walFrames: row?.log ?? 0,
      checkpointed: row?.checkpointed ?? 0,
    };
  } catch (error) {
    return {
      error: `store: WAL checkpoint failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    Atomics.store(flag, 0, CHECKPOINTER_IDLE);
    Atomics.notify(flag, 0);
  }
}

parentPort?.on('message', (request: CheckpointRequest) => {
  if (request === 'close') {
    db.close();
    parentPort?.close();
    return;
  }
  parentPort?.postMessage(checkpoint());
});
