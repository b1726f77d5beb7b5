import type { Worker } from 'node:worker_threads';
import {
  CHECKPOINTER_BUSY,
  CHECKPOINTER_CLOSED,
  CHECKPOINTER_GONE,
  CHECKPOINTER_IDLE,
  type CheckpointReply,
  type CheckpointRequest,
} from './checkpoint-messages.js';
import { startCheckpointThread } from './checkpoint-thread.js';
import type { Db } from './database.js';

export type { CheckpointReply } from './checkpoint-messages.js';

/**
 * Copies the writer's WAL back into the database file from a worker thread. SQLite's automatic
 * checkpoint runs inside the `COMMIT` that crosses 1,000 WAL pages, on the committing connection:
 * after a large poll that was a 500 ms block of the main thread. Here the writer's automatic
 * checkpoint is off and a worker with its own connection runs `wal_checkpoint(PASSIVE)` (which
 * never blocks the writer nor the readers) after writes, at most once per `minIntervalMs`, so the
 * WAL stays bounded by what is written between two checkpoints.
 */
export interface WalCheckpointer {
  /** Tells the checkpointer that a write committed: a checkpoint follows, soon. */
  afterWrite(): void;
  /** Resolves when no checkpoint is pending or running (tests, benchmarks). */
  settled(): Promise<void>;
  /** The last checkpoint's figures, if one ran. */
  readonly last: CheckpointReply | undefined;
  /**
   * Stops the worker; waits (synchronously, at most `waitMs` in all) for a checkpoint in flight,
   * so that the caller's own final checkpoint (`wal_checkpoint(TRUNCATE)` at shutdown) finds the
   * lock free, then for the thread to close its connection, so that the caller's is the last
   * (the WAL is folded and removed when it closes, and the files may be removed after).
   */
  close(waitMs?: number): void;
}

export interface WalCheckpointerOptions {
  /** The least time between two checkpoints (default 1 s). */
  minIntervalMs?: number;
  /** After a reset the writer truncates the WAL file to this size (default 16 MB). */
  walSizeLimitBytes?: number;
}

const DEFAULT_MIN_INTERVAL_MS = 1_000;
const DEFAULT_WAL_SIZE_LIMIT = 16 * 1024 * 1024;
const DEFAULT_CLOSE_WAIT_MS = 5_000;

/**
 * Turns the automatic checkpoint of `db` (the writer, on the file `path`) off and hands
 * checkpoints to a worker started on the first write. `onError` hears a failed checkpoint.
 */
export function createWalCheckpointer(
  db: Db,
  path: string,
  options: WalCheckpointerOptions = {},
  onError: (message: string) => void = () => {},
): WalCheckpointer {
  const minIntervalMs = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`journal_size_limit = ${options.walSizeLimitBytes ?? DEFAULT_WAL_SIZE_LIMIT}`);
  const state = new SharedArrayBuffer(4);
  const flag = new Int32Array(state);
  let worker: Worker | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let dirty = false;
  let closed = false;
  let lastAt = Number.NEGATIVE_INFINITY;
  let last: CheckpointReply | undefined;
  let waiters: (() => void)[] = [];

  const wake = () => {
    if (running || timer || dirty) return;
    for (const resolve of waiters.splice(0)) resolve();
  };
  const run = () => {
    timer = undefined;
    if (closed) return wake();
    dirty = false;
    running = true;
    worker ??= startCheckpointWorker(path, state, onError);
    const current = worker;
    const finish = (reply: CheckpointReply) => {
      current.off('message', finish).off('exit', onExit);
      current.unref();
      running = false;
      lastAt = performance.now();
      last = reply;
      if ('error' in reply) onError(reply.error);
      if (dirty) schedule();
      wake();
    };
    // A thread that dies (it should not) is replaced on the next checkpoint.
    const onExit = (code: number) => {
      if (worker === current) worker = undefined;
      finish({ error: `store: WAL checkpointer exited with code ${code}` });
    };
    current.on('message', finish).on('exit', onExit);
    // Referenced while it runs (the process waits for it), idle otherwise.
    current.ref();
    current.postMessage('checkpoint' satisfies CheckpointRequest);
  };
  const schedule = () => {
    if (closed || running || timer) return;
    const wait = Math.max(0, lastAt + minIntervalMs - performance.now());
    timer = setTimeout(run, wait);
    timer.unref();
  };

  return {
    afterWrite() {
      dirty = true;
      schedule();
    },
    settled() {
      if (closed || (!running && !timer)) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    get last() {
      return last;
    },
    close(waitMs = DEFAULT_CLOSE_WAIT_MS) {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      dirty = false;
      const deadline = performance.now() + waitMs;
      while (
        Atomics.compareExchange(flag, 0, CHECKPOINTER_IDLE, CHECKPOINTER_CLOSED) ===
          CHECKPOINTER_BUSY &&
        performance.now() < deadline
      ) {
        Atomics.wait(flag, 0, CHECKPOINTER_BUSY, deadline - performance.now());
      }
      if (worker) {
        // Wait (bounded) until the thread has closed its connection: the caller closes its own
        // next, as the last one (SQLite then folds and removes the WAL), and may remove the files.
        worker.postMessage('close' satisfies CheckpointRequest);
        while (Atomics.load(flag, 0) !== CHECKPOINTER_GONE && performance.now() < deadline) {
          Atomics.wait(flag, 0, Atomics.load(flag, 0), deadline - performance.now());
        }
      }
      worker?.unref();
      worker = undefined;
      running = false;
      for (const resolve of waiters.splice(0)) resolve();
      waiters = [];
    },
  };
}

function startCheckpointWorker(
  path: string,
  state: SharedArrayBuffer,
  onError: (message: string) => void,
): Worker {
  const worker = startCheckpointThread(path, state);
  worker.on('error', (error) => onError(`store: WAL checkpointer failed: ${error.message}`));
  worker.unref();
  return worker;
}
