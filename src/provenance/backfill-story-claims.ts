import { type Db, listStoriesWithoutClaims } from '../store/index.js';
import { refreshStoryClaims } from './refresh-story-claims.js';

export interface BackfillOptions {
  now: () => Date;
  /** Runs one batch's writes, serialized with the other writers (the app's write lock). */
  write: <T>(work: () => T) => Promise<T>;
  /** Awaited between batches, so polls and HTTP requests go on while it runs. */
  pause?: () => Promise<void>;
  /** A story whose claims could not be computed: it is skipped, the others go on. */
  onError?: (storyId: number, error: unknown) => void;
  /** Stops before the next batch (shutdown). */
  signal?: AbortSignal;
  /** At most this many stories per batch… */
  batchSize?: number;
  /** …and no more stories once a batch has run this long. */
  batchMs?: number;
}

const BATCH_SIZE = 20;
const BATCH_MS = 50;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Computes the claims of the stories stored before claims existed (migration 0012), newest
 * first, in short batches: each batch is one transaction under `write`, at most `batchSize`
 * stories and about `batchMs` long, then the event loop and the other writers get their turn.
 * Returns how many stories it went through.
 */
export async function backfillStoryClaims(db: Db, options: BackfillOptions): Promise<number> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const batchMs = options.batchMs ?? BATCH_MS;
  const pause = options.pause ?? yieldToEventLoop;
  let belowId = Number.MAX_SAFE_INTEGER;
  let done = 0;
  while (!options.signal?.aborted) {
    const ids = await options.write(() =>
      db.transaction(() => {
        const started = performance.now();
        const computed: number[] = [];
        for (const id of listStoriesWithoutClaims(db, belowId, batchSize)) {
          if (computed.length > 0 && performance.now() - started > batchMs) break;
          computed.push(id);
          try {
            refreshStoryClaims(db, id, options.now());
          } catch (error) {
            options.onError?.(id, error);
          }
        }
        return computed;
      })(),
    );
    if (ids.length === 0) break;
    done += ids.length;
    belowId = Math.min(...ids);
    await pause();
  }
  return done;
}
