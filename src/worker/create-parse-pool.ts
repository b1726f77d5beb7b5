import type { ParsedFeed } from '../model/parsed-feed.js';
import { DEFAULT_FEED_LIMITS, type FeedLimits } from '../parser/bound-feed.js';
import { ParseError } from '../parser/parse-error.js';
import { ParseSlot } from './parse-slot.js';
import { resolveWorkerScript } from './resolve-worker-script.js';

export interface ParsePoolOptions {
  /** Workers at most (started on demand). */
  size: number;
  /** One job's deadline, counted from when a worker takes it; past it the worker is replaced. */
  deadlineMs: number;
  limits?: FeedLimits;
  /** Heap cap of one worker; a document that needs more fails alone. */
  maxHeapMb?: number;
}

/** Parses feeds off the main thread: `parse(text)` resolves to the bounded ParsedFeed. */
export interface ParsePool {
  /** `deadlineMs` overrides the pool's deadline for this job. */
  parse(text: string, deadlineMs?: number): Promise<ParsedFeed>;
  /** Rejects queued jobs and terminates the workers. */
  close(): Promise<void>;
}

interface QueuedJob {
  text: string;
  deadlineMs: number;
  resolve: (feed: ParsedFeed) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_MAX_HEAP_MB = 1024;

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const script = resolveWorkerScript(import.meta.url, 'parse-worker');
  const heap = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const slots = Array.from(
    { length: Math.max(1, options.size) },
    () => new ParseSlot(script, heap),
  );
  const limits = options.limits ?? DEFAULT_FEED_LIMITS;
  const queue: QueuedJob[] = [];
  let nextId = 1;
  let closed = false;
  const pump = (): void => {
    for (const slot of slots) {
      const job = slot.busy ? undefined : queue.shift();
      if (!job) continue;
      slot
        .run({ id: nextId++, text: job.text, limits }, job.deadlineMs)
        .then(job.resolve, job.reject)
        .finally(pump);
    }
  };
  return {
    parse(text, deadlineMs = options.deadlineMs) {
      if (closed) return Promise.reject(new ParseError('parse pool is closed'));
      const job = new Promise<ParsedFeed>((resolve, reject) =>
        queue.push({ text, deadlineMs, resolve, reject }),
      );
      pump();
      return job;
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new ParseError('parse pool is closed'));
      await Promise.all(slots.map((slot) => slot.close()));
    },
  };
}
