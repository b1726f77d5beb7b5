/** The messages and the shared flag between the WAL checkpointer (wal-checkpointer.ts) and its thread. */

/** What the thread answers: a checkpoint's figures, an error (stage-prefixed), or nothing done. */
export type CheckpointReply =
  | { busy: boolean; walFrames: number; checkpointed: number }
  | { error: string }
  | { skipped: true };

export type CheckpointRequest = 'checkpoint' | 'close';

/** The thread's data: the database file and the flag shared with the main thread (one Int32). */
export interface CheckpointerData {
  path: string;
  state: SharedArrayBuffer;
}

/**
 * The flag's values: a checkpoint may start (IDLE), one runs (BUSY), none may start (CLOSED),
 * the thread has closed its connection (GONE: the database file is the main thread's alone).
 */
export const CHECKPOINTER_IDLE = 0;
export const CHECKPOINTER_BUSY = 1;
export const CHECKPOINTER_CLOSED = 2;
export const CHECKPOINTER_GONE = 3;
