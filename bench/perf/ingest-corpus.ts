import type { App } from '../../src/app.js';
import { ingestEntries, refreshClaimsAfterPoll } from '../../src/ingest/index.js';
import { createSqliteIngestStore } from '../../src/store/index.js';
import type { FeedEntries, ParsePool } from '../../src/worker/index.js';
import { elapsedMs } from './stats.js';
import { mainThreadCpuMs } from './thread-cpu.js';

export interface CorpusFeed {
  sourceId: string;
  text: string;
}

export interface PipelineTimes {
  /** Wall time of the whole corpus, first job submitted to last claims stored. */
  totalMs: number;
  /**
   * What the main thread waited for the parse pool's jobs (decode, parse, normalize and what
   * else the job does, in the workers): the part of the worker's time the store did not hide.
   */
  parseWaitMs: number;
  /** The poll's transaction: cluster, classify, store. */
  storeMs: number;
  /** Provenance of the changed stories, after the transaction (as pollSource does). */
  claimsMs: number;
  /** CPU time of the main thread over the whole corpus (undefined off Linux): load-robust. */
  mainCpuMs?: number;
}

/** The content type the generated feeds are served with (the worker decodes by it). */
const CONTENT_TYPE = 'application/xml; charset=utf-8';

export function feedUrlOf(sourceId: string): string {
  return `https://${sourceId}.example.org/feed`;
}

/**
 * The daemon's path from fetched bytes: each feed's bytes go to the app's parse pool as one job
 * (decode, parse, normalize, fingerprint and provenance reading: `parsePool.parseEntries`, the
 * bytes transferred), then
 * ingestEntries in one transaction per feed under the app's write lock, then the changed
 * stories' claims after it (refreshClaimsAfterPoll), as pollSource does. Like a poll cycle of
 * `poll.concurrency` sources, up to that many jobs are in flight ahead of the store, so the
 * workers parse the next feeds while the main thread stores this one. `totalMs` is wall time.
 * `pool` (default: the app's) should be started and warm, as a daemon's is when a poll comes:
 * pass one that lives across rounds, or call warmParsePool first.
 */
export async function ingestCorpus(
  app: App,
  corpus: readonly CorpusFeed[],
  now: Date,
  pool: ParsePool = app.parsePool,
): Promise<PipelineTimes> {
  const { db, config } = app;
  const store = createSqliteIngestStore(db, app.writeLock);
  // Bytes as fetched, made before the clock starts (the fetch is not part of this scenario).
  const bodies = corpus.map((feed) => new TextEncoder().encode(feed.text));
  const times = { totalMs: 0, parseWaitMs: 0, storeMs: 0, claimsMs: 0 };
  const started = process.hrtime.bigint();
  const cpuStarted = mainThreadCpuMs();
  const jobs: Promise<FeedEntries>[] = [];
  const submit = (index: number) => {
    const feed = corpus[index];
    const bytes = bodies[index];
    if (!feed || !bytes || jobs[index]) return;
    const context = { sourceId: feed.sourceId, feedUrl: feedUrlOf(feed.sourceId), now };
    jobs[index] = pool.parseEntries({ bytes, contentType: CONTENT_TYPE }, context);
    // A job that fails before it is awaited must not be an unhandled rejection.
    jobs[index].catch(() => undefined);
  };
  for (let index = 0; index < corpus.length; index++) {
    for (let ahead = index; ahead < index + config.poll.concurrency; ahead++) submit(ahead);
    let start = process.hrtime.bigint();
    const { entries, preparations } = await (jobs[index] as Promise<FeedEntries>);
    times.parseWaitMs += elapsedMs(start);
    start = process.hrtime.bigint();
    // Through the write lock, as pollSource writes: the WAL checkpointer follows each commit.
    const options = { deferClaims: true, preparations };
    const counts = await store.write((writer) =>
      ingestEntries(writer, config, app.storyIndex, entries, now, options),
    );
    times.storeMs += elapsedMs(start);
    start = process.hrtime.bigint();
    await refreshClaimsAfterPoll(store, counts.staleClaims, now, { readings: counts.readings });
    times.claimsMs += elapsedMs(start);
  }
  times.totalMs = elapsedMs(started);
  const cpuEnded = mainThreadCpuMs();
  if (cpuStarted === undefined || cpuEnded === undefined) return times;
  return { ...times, mainCpuMs: cpuEnded - cpuStarted };
}

/** Starts every worker of a parse pool (one small job each, at once) and waits for them. */
export async function warmParsePool(pool: ParsePool, feed: CorpusFeed, workers = 2): Promise<void> {
  const context = { sourceId: feed.sourceId, feedUrl: feedUrlOf(feed.sourceId), now: new Date() };
  await Promise.all(
    Array.from({ length: workers }, () =>
      pool.parseEntries(
        { bytes: new TextEncoder().encode(feed.text), contentType: CONTENT_TYPE },
        context,
      ),
    ),
  );
}
