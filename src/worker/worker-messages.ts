import type { ArticleLimits, ParsedItem } from '../model/index.js';
import type { NormalizeContext } from '../normalizer/index.js';
import type { FeedLimits } from '../parser/index.js';
import type { FeedEntriesContext } from './parse-pool.js';

// The messages between the parse pool (parse-pool.ts, worker-slot.ts) and its workers (parse-worker.ts).

/** A job for a pool worker: parse one document, normalize one feed's items, or extract one page. */
export type WorkerJob =
  | { kind: 'parse'; text: string; limits: FeedLimits }
  | { kind: 'normalize'; items: readonly ParsedItem[]; context: NormalizeContext }
  | {
      kind: 'feed';
      bytes: Uint8Array;
      contentType?: string;
      limits: FeedLimits;
      context: FeedEntriesContext;
    }
  | { kind: 'extract'; html: string; url: string; title: string; limits?: ArticleLimits };

export interface WorkerRequest {
  id: number;
  job: WorkerJob;
}

/**
 * The job's result, or its error's message (already stage-prefixed). A feed job first sends its
 * entries as `chunk`s, each acknowledged (WorkerAck) before the next, then its result with
 * `entries` empty: the pool puts the chunks back in it.
 */
export type WorkerReply =
  | { id: number; result: unknown }
  | { id: number; error: string }
  | { id: number; chunk: unknown[] };

/** The pool's go-ahead for the next chunk of job `ack`. */
export interface WorkerAck {
  ack: number;
}

/** The stage a job belongs to, for the errors the pool itself raises (deadline, crash). */
export function stageOf(job: WorkerJob): string {
  if (job.kind === 'extract') return 'extractor';
  return job.kind === 'parse' || job.kind === 'feed' ? 'parser' : 'normalizer';
}

/** A pool job that failed: in the worker (its stage's message), past its deadline, or with its worker. */
export class WorkerJobError extends Error {
  override readonly name = 'WorkerJobError';
  readonly kind: string;

  /** `message` already names its stage ("parser: …", "normalizer: …"). */
  constructor(message: string, options: { kind: string; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.kind = options.kind;
  }
}
