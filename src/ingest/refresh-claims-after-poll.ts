import type { ClaimReading, IngestStore, WindowRequest } from '../store/index.js';
import { refreshClaims } from './ingest-entries.js';

export interface ClaimsStepOptions {
  /** Awaited between batches (default: setImmediate), so HTTP requests and other polls go on. */
  pause?: () => Promise<void>;
  /** A story whose claims could not be computed: it is skipped (it keeps no claims), the others go on. */
  onError?: (storyId: number, error: unknown) => void;
  /** No more stories in a batch once it has run this long (at least one story per batch). */
  batchMs?: number;
  /** Readings of the poll's entries made in the parse job (IngestCounts.readings), by entry id. */
  readings?: ReadonlyMap<number, ClaimReading>;
  /**
   * The story window: given, the stored readings of stories that left it are deleted afterwards,
   * `READINGS_BATCH` per transaction, at most `READINGS_BATCHES` batches per poll.
   */
  readingsWindow?: WindowRequest;
}

const BATCH_MS = 10;
/** Readings deleted per transaction, and transactions per poll: enough to keep up with a poll's new entries. */
const READINGS_BATCH = 500;
const READINGS_BATCHES = 4;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Computes the provenance of the stories a poll changed, after the poll's transaction committed
 * (ingestEntries with `deferClaims` dropped their claims in it): in short transactions of about
 * `batchMs` each (the ingest loop's slice), so the write lock and the event loop are free between them. A story's members
 * are read as stored when its batch runs; one that lost all its members meanwhile gets empty
 * claims, as before. Until its batch commits a story has no stored claims: pages show it without
 * provenance marks (never marks computed before a member joined). Should the process stop in
 * between, the start-up backfill (backfillStoryClaims) computes them.
 */
export async function refreshClaimsAfterPoll(
  store: IngestStore,
  storyIds: readonly number[],
  now: Date,
  options: ClaimsStepOptions = {},
): Promise<void> {
  const batchMs = options.batchMs ?? BATCH_MS;
  const pause = options.pause ?? yieldToEventLoop;
  let next = 0;
  // Word keys read once for the poll's stories (readMember's cache).
  const words = new Map<string, string[]>();
  while (next < storyIds.length) {
    // Also before the first batch: the poll's commit just ran in this event-loop turn.
    await pause();
    await store.write(async (writer) => {
      const started = performance.now();
      do {
        const storyId = storyIds[next++] as number;
        try {
          await refreshClaims(writer, storyId, now, words, options.readings);
        } catch (error) {
          if (!options.onError) throw error;
          options.onError(storyId, error);
        }
      } while (next < storyIds.length && performance.now() - started < batchMs);
    });
  }
  if (options.readingsWindow) await dropOldReadings(store, options.readingsWindow, pause);
}

/**
 * Deletes the readings of stories that left the story window (no copy can join them any more),
 * a batch per transaction with a pause between, until none is left or the per-poll cap.
 */
async function dropOldReadings(
  store: IngestStore,
  window: WindowRequest,
  pause: () => Promise<void>,
): Promise<void> {
  for (let batch = 0; batch < READINGS_BATCHES; batch++) {
    if (batch > 0) await pause();
    const dropped = await store.write((writer) =>
      writer.dropClaimReadingsOutsideWindow(window, READINGS_BATCH),
    );
    if (dropped < READINGS_BATCH) return;
  }
}
