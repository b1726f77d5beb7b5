import type { ParsedItem } from '../model/index.js';
import type { NormalizeContext } from '../normalizer/index.js';
import type { FeedLimits } from '../parser/index.js';

/** A job for a pool worker: parse one document, or normalize one feed's items. */
export type WorkerJob =
  | { kind: 'parse'; text: string; limits: FeedLimits }
  | { kind: 'normalize'; items: readonly ParsedItem[]; context: NormalizeContext };

export interface WorkerRequest {
  id: number;
  job: WorkerJob;
}

/** The job's result, or its error's message (already stage-prefixed). */
export type WorkerReply = { id: number; result: unknown } | { id: number; error: string };

/** The stage a job belongs to, for the errors the pool itself raises (deadline, crash). */
export function stageOf(job: WorkerJob): string {
  return job.kind === 'parse' ? 'parser' : 'normalizer';
}
