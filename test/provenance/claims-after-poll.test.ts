import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../../src/clusterer/index.js';
import { type Config, parseConfig } from '../../src/config/index.js';
import { ingestEntries, refreshClaimsAfterPoll } from '../../src/ingest/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import {
  createSqliteIngestStore,
  createWriteLock,
  type Db,
  migrate,
  openDatabase,
  syncSources,
} from '../../src/store/index.js';
import { loadCorpus } from '../helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../helpers/normalize-corpus.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');

function configFor(entries: NormalizedEntry[]): Config {
  const ids = [...new Set(entries.map((entry) => entry.sourceId))];
  const sources = ids.map((id) => `  - { id: ${id}, url: "https://example.org/${id}" }`);
  return parseConfig(
    `database: ":memory:"\nretention: { days: 0 }\nsources:\n${sources.join('\n')}\n`,
    '/cfg/topicfeed.yaml',
  );
}

function bySource(entries: NormalizedEntry[]): NormalizedEntry[][] {
  const groups = new Map<string, NormalizedEntry[]>();
  for (const entry of entries)
    groups.set(entry.sourceId, [...(groups.get(entry.sourceId) ?? []), entry]);
  return [...groups.values()];
}

function claimRows(db: Db): { storyId: number; claims: string }[] {
  return db
    .prepare('SELECT story_id AS storyId, claims FROM story_claims ORDER BY story_id')
    .all() as { storyId: number; claims: string }[];
}

/** One poll per source, as pollSource stores them; `defer` computes claims after each commit. */
async function storeAll(config: Config, entries: NormalizedEntry[], defer: boolean) {
  const db = openDatabase(':memory:');
  migrate(db, 'migrations');
  syncSources(db, config.sources);
  const store = createSqliteIngestStore(db, createWriteLock());
  const index = new StoryIndex({ windowHours: config.stories.windowMs / 3_600_000 });
  const between: { stale: number[]; stored: number[] }[] = [];
  for (const poll of bySource(entries)) {
    const counts = await store.write((writer) =>
      ingestEntries(writer, config, index, poll, NOW, { deferClaims: defer }),
    );
    between.push({ stale: counts.staleClaims, stored: claimRows(db).map((row) => row.storyId) });
    // batchMs 0: one story per transaction, the smallest batches.
    await refreshClaimsAfterPoll(store, counts.staleClaims, NOW, { batchMs: 0 });
  }
  return { db, between };
}

// Provenance computed after the poll's transaction (as pollSource does) ends where computing it
// inside the transaction ends; in between, the changed stories have no claims stored.
describe('story claims computed after the poll commits', () => {
  it('stores the same claims as computing them in the transaction', async () => {
    const entries = (await normalizeCorpus(loadCorpus('newsroom'), NOW)).map((item) => item.entry);
    const config = configFor(entries);
    const inline = await storeAll(config, entries, false);
    const deferred = await storeAll(config, entries, true);
    const rows = claimRows(deferred.db);
    expect(rows.some((row) => row.claims.includes('"names":["'))).toBe(true);
    expect(rows).toEqual(claimRows(inline.db));
    expect(inline.between.every((poll) => poll.stale.length === 0)).toBe(true);
    for (const poll of deferred.between) {
      expect(poll.stale.length).toBeGreaterThan(0);
      for (const storyId of poll.stale) expect(poll.stored).not.toContain(storyId);
    }
  }, 120_000);

  it('pauses before each batch, the first too: the poll’s commit keeps its event-loop turn', async () => {
    const entries = (await normalizeCorpus(loadCorpus('newsroom'), NOW)).map((item) => item.entry);
    const config = configFor(entries);
    const db = openDatabase(':memory:');
    migrate(db, 'migrations');
    syncSources(db, config.sources);
    const store = createSqliteIngestStore(db, createWriteLock());
    const index = new StoryIndex({ windowHours: config.stories.windowMs / 3_600_000 });
    const [poll] = bySource(entries);
    const counts = await store.write((writer) =>
      ingestEntries(writer, config, index, poll ?? [], NOW, { deferClaims: true }),
    );
    const storedAtPauses: number[] = [];
    const pause = async () => {
      storedAtPauses.push(claimRows(db).length);
    };
    await refreshClaimsAfterPoll(store, counts.staleClaims, NOW, { batchMs: 0, pause });
    const stale = counts.staleClaims.length;
    expect(stale).toBeGreaterThan(1);
    // One story per batch with batchMs 0: a pause before each, none stored before the first.
    expect(storedAtPauses).toEqual(Array.from({ length: stale }, (_, i) => i));
    expect(claimRows(db)).toHaveLength(stale);
  }, 60_000);
});
