import type { App } from '../../src/app.js';
import { ingestEntries, refreshClaimsAfterPoll } from '../../src/ingest/index.js';
import { normalizeItem } from '../../src/normalizer/index.js';
import { parseFeed } from '../../src/parser/index.js';
import { createSqliteIngestStore } from '../../src/store/index.js';
import { elapsedMs } from './stats.js';

export interface CorpusFeed {
  sourceId: string;
  text: string;
}

export interface PipelineTimes {
  totalMs: number;
  parseMs: number;
  normalizeMs: number;
  /** The poll's transaction: cluster, classify, store. */
  storeMs: number;
  /** Provenance of the changed stories, after the transaction (as pollSource does). */
  claimsMs: number;
}

export function feedUrlOf(sourceId: string): string {
  return `https://${sourceId}.example.org/feed`;
}

/**
 * parseFeed → normalizeItem → ingestEntries in one transaction per feed under the app's write
 * lock, then the changed stories' claims after it (refreshClaimsAfterPoll), as pollSource does.
 * `totalMs` counts all of it.
 */
export async function ingestCorpus(
  app: App,
  corpus: readonly CorpusFeed[],
  now: Date,
): Promise<PipelineTimes> {
  const { db, config } = app;
  const store = createSqliteIngestStore(db, app.writeLock);
  const times = { totalMs: 0, parseMs: 0, normalizeMs: 0, storeMs: 0, claimsMs: 0 };
  for (const feed of corpus) {
    let start = process.hrtime.bigint();
    const parsed = await parseFeed(feed.text);
    times.parseMs += elapsedMs(start);
    start = process.hrtime.bigint();
    const ctx = {
      sourceId: feed.sourceId,
      feedUrl: feedUrlOf(feed.sourceId),
      feedLink: parsed.link,
      now,
    };
    const entries = parsed.items.map((item) => normalizeItem(item, ctx));
    times.normalizeMs += elapsedMs(start);
    start = process.hrtime.bigint();
    // Through the write lock, as pollSource writes: the WAL checkpointer follows each commit.
    const counts = await store.write((writer) =>
      ingestEntries(writer, config, app.storyIndex, entries, now, { deferClaims: true }),
    );
    times.storeMs += elapsedMs(start);
    start = process.hrtime.bigint();
    await refreshClaimsAfterPoll(store, counts.staleClaims, now);
    times.claimsMs += elapsedMs(start);
  }
  times.totalMs = times.parseMs + times.normalizeMs + times.storeMs + times.claimsMs;
  return times;
}
