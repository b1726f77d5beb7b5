import type {
  ArticleLimits,
  ExtractedArticle,
  NormalizedEntry,
  ParsedFeed,
  ParsedItem,
} from '../model/index.js';
import type { NormalizeContext } from '../normalizer/index.js';
import { DEFAULT_FEED_LIMITS, type FeedLimits } from '../parser/index.js';
import { type EntryPreparation, type PreparedEntry, splitPrepared } from './prepare-entry.js';
import { startWorker } from './start-worker.js';
import { type WorkerJob, WorkerJobError } from './worker-messages.js';
import { WorkerSlot } from './worker-slot.js';

export interface ParsePoolOptions {
  /** Workers at most (started on demand). */
  size: number;
  /** One job's deadline, counted from when a worker takes it; past it the worker is replaced. */
  deadlineMs: number;
  limits?: FeedLimits;
  /** Heap cap of one worker; a document that needs more fails alone. */
  maxHeapMb?: number;
  /**
   * Young generation of one worker, in MB: a job's garbage is short-lived, and V8's default
   * (up to 48 MB a thread) stayed resident in each worker after a burst of polls.
   */
  youngGenerationMb?: number;
  /** Bounds on one article extraction (extract-article.ts's defaults when absent). */
  articleLimits?: ArticleLimits;
}

/** Parses feeds, normalizes their items and extracts article pages off the main thread, each job under a deadline. */
export interface ParsePool {
  /** Text → the bounded ParsedFeed; `deadlineMs` overrides the pool's deadline for this job. */
  parse(text: string, deadlineMs?: number): Promise<ParsedFeed>;
  /** normalizeItem over one feed's items, in a worker. */
  normalize(items: readonly ParsedItem[], context: NormalizeContext): Promise<NormalizedEntry[]>;
  /**
   * Decode, parse and normalize as one job: the body's bytes are transferred to the worker (their
   * ArrayBuffer is detached here, never copied), which decodes their charset; the text and the
   * parsed items never cross between the threads, only the feed's own fields (`items` empty) and
   * its entries come back, each with its fingerprint and provenance reading made in the worker
   * (`preparations`). Its deadline is parse's and normalize's together.
   */
  parseEntries(body: FeedBody, context: FeedEntriesContext): Promise<FeedEntries>;
  /** extractArticle on one page (`title` is the entry's), in a worker; `deadlineMs` as for parse. */
  extract(html: string, url: string, title: string, deadlineMs?: number): Promise<ExtractedArticle>;
  /** Rejects queued jobs and terminates the workers (jobs in flight fail). */
  close(): Promise<void>;
}

/** A fetched feed body: bytes as fetched (charset not decoded) and the response's Content-Type. */
export interface FeedBody {
  bytes: Uint8Array;
  contentType?: string;
}

/** The normalize context of a feed before it is parsed: its link comes from the feed. */
export type FeedEntriesContext = Omit<NormalizeContext, 'feedLink'>;

export interface FeedEntries {
  /** The feed's fields; its items are in `entries`, normalized. */
  feed: ParsedFeed;
  entries: NormalizedEntry[];
  /**
   * What the job prepared for the store step (fingerprint, provenance reading: prepareEntry),
   * keyed by the entry object of `entries`: an entry a later step replaces is not found.
   */
  preparations: WeakMap<NormalizedEntry, EntryPreparation>;
}

interface QueuedJob {
  job: WorkerJob;
  /** Moved, not copied, to the worker with the job. */
  transfer: ArrayBuffer[];
  deadlineMs: number;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_MAX_HEAP_MB = 1024;
const DEFAULT_YOUNG_GENERATION_MB = 8;

/** Jobs queue in order and go to the first idle worker (at most `size`, started on demand). */
export function createParsePool(options: ParsePoolOptions): ParsePool {
  const resourceLimits = {
    maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB,
    maxYoungGenerationSizeMb: options.youngGenerationMb ?? DEFAULT_YOUNG_GENERATION_MB,
  };
  const start = () => startWorker(import.meta.url, 'parse-worker', { resourceLimits });
  const slots = Array.from({ length: Math.max(1, options.size) }, () => new WorkerSlot(start));
  const limits = options.limits ?? DEFAULT_FEED_LIMITS;
  const queue: QueuedJob[] = [];
  let nextId = 1;
  let closed = false;
  const pump = (): void => {
    for (const slot of slots) {
      const queued = slot.busy ? undefined : queue.shift();
      if (!queued) continue;
      slot
        .run({ id: nextId++, job: queued.job }, queued.deadlineMs, queued.transfer)
        .then(queued.resolve, queued.reject)
        .finally(pump);
    }
  };
  const submit = (
    job: WorkerJob,
    deadlineMs = options.deadlineMs,
    transfer: ArrayBuffer[] = [],
  ): Promise<unknown> => {
    if (closed)
      return Promise.reject(new WorkerJobError('parser: parse pool is closed', { kind: job.kind }));
    const result = new Promise((resolve, reject) =>
      queue.push({ job, deadlineMs, transfer, resolve, reject }),
    );
    pump();
    return result;
  };
  return {
    parse: (text, deadlineMs) =>
      submit({ kind: 'parse', text, limits }, deadlineMs) as Promise<ParsedFeed>,
    normalize: (items, context) =>
      submit({ kind: 'normalize', items, context }) as Promise<NormalizedEntry[]>,
    parseEntries: async (body, context) => {
      const { feed, entries } = (await submit(
        { kind: 'feed', bytes: body.bytes, contentType: body.contentType, limits, context },
        2 * options.deadlineMs,
        transferable(body.bytes),
      )) as { feed: ParsedFeed; entries: PreparedEntry[] };
      return { feed, ...splitPrepared(entries) };
    },
    extract: (html, url, title, deadlineMs) =>
      submit(
        { kind: 'extract', html, url, title, limits: options.articleLimits },
        deadlineMs,
      ) as Promise<ExtractedArticle>,
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

/**
 * The ArrayBuffer to move with a job: only one `bytes` fills whole, so a view into a shared one
 * (Node's Buffer pool) is copied instead of detaching its neighbours.
 */
function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength;
  return whole && buffer instanceof ArrayBuffer ? [buffer] : [];
}
