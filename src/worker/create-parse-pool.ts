import type { NormalizedEntry, ParsedFeed, ParsedItem } from '../model/index.js';
import type { NormalizeContext } from '../normalizer/index.js';
import { DEFAULT_FEED_LIMITS, type FeedLimits } from '../parser/index.js';
import { resolveWorkerScript } from './resolve-worker-script.js';
import type { WorkerJob } from './worker-job.js';
import { WorkerJobError } from './worker-job-error.js';
import { WorkerSlot } from './worker-slot.js';

export interface ParsePoolOptions {
  /** Workers at most (started on demand). */
  size: number;
  /** One job's deadline, counted from when a worker takes it; past it the worker is replaced. */
  deadlineMs: number;
  limits?: FeedLimits;
  /** Heap cap of one worker; a document that needs more fails alone. */
  maxHeapMb?: number;
}

/** Parses feeds and normalizes their items off the main thread, each job under a deadline. */
export interface ParsePool {
  /** Text → the bounded ParsedFeed; `deadlineMs` overrides the pool's deadline for this job. */
  parse(text: string, deadlineMs?: number): Promise<ParsedFeed>;
  /** normalizeItem over one feed's items, in a worker. */
  normalize(items: readonly ParsedItem[], context: NormalizeContext): Promise<NormalizedEntry[]>;
  /** Rejects queued jobs and terminates the workers (jobs in flight fail). */
  close(): Promise<void>;
}

interface QueuedJob {
  job: WorkerJob;
  deadlineMs: number;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_MAX_HEAP_MB = 1024;

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const script = resolveWorkerScript(import.meta.url, 'parse-worker');
  const heap = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const slots = Array.from(
    { length: Math.max(1, options.size) },
    () => new WorkerSlot(script, heap),
  );
  const limits = options.limits ?? DEFAULT_FEED_LIMITS;
  const queue: QueuedJob[] = [];
  let nextId = 1;
  let closed = false;
  const pump = (): void => {
    for (const slot of slots) {
      const queued = slot.busy ? undefined : queue.shift();
      if (!queued) continue;
      slot
        .run({ id: nextId++, job: queued.job }, queued.deadlineMs)
        .then(queued.resolve, queued.reject)
        .finally(pump);
    }
  };
  const submit = (job: WorkerJob, deadlineMs = options.deadlineMs): Promise<unknown> => {
    if (closed)
      return Promise.reject(new WorkerJobError('parser: parse pool is closed', { kind: job.kind }));
    const result = new Promise((resolve, reject) =>
      queue.push({ job, deadlineMs, resolve, reject }),
    );
    pump();
    return result;
  };
  return {
    parse: (text, deadlineMs) =>
      submit({ kind: 'parse', text, limits }, deadlineMs) as Promise<ParsedFeed>,
    normalize: (items, context) =>
      submit({ kind: 'normalize', items, context }) as Promise<NormalizedEntry[]>,
    async close() {
      closed = true;
      for (const queued of queue.splice(0)) {
        queued.reject(
          new WorkerJobError('parser: parse pool is closed', { kind: queued.job.kind }),
        );
      }
      await Promise.all(slots.map((slot) => slot.close()));
    },
  };
}
