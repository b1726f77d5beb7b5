import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { loadStoryWindowFrom, placeEntry } from '../../src/ingest/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import type { IngestStore } from '../../src/store/index.js';
import { loadCorpus } from '../helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../helpers/normalize-corpus.js';
import {
  describeEachBackend,
  type OpenedStore,
  openIngestStore,
  storeBackends,
} from '../helpers/store-backends.js';

const backends = storeBackends();
afterAll(() => backends.stop());

const NOW = new Date('2026-12-01T00:00:00Z');
const WINDOW_MS = 72 * 3_600_000;

/** newsroom-ai's entries, each once, in the order a fetch places them (sources by id). */
async function newsroomAi(): Promise<NormalizedEntry[]> {
  const entries = (await normalizeCorpus(loadCorpus('newsroom-ai'), NOW)).map((item) => item.entry);
  return [...new Set(entries)];
}

describeEachBackend('a story that grows over a lone copy placed before it', (kind) => {
  let opened: OpenedStore;
  let store: IngestStore;
  let entries: NormalizedEntry[];
  beforeEach(async () => {
    entries = await newsroomAi();
    opened = await backends.open(kind);
    store = await openIngestStore(opened, [...new Set(entries.map((entry) => entry.sourceId))]);
  });
  afterEach(() => opened.close());

  it('merges the lone copy and it into the older story, and the entry that grew it says so', async () => {
    const window = await loadStoryWindowFrom(store, WINDOW_MS);
    const placed = new Map<string, { entryId: number; storyId: number }>();
    for (const entry of entries) {
      const placement = await store.write((writer) =>
        window.track(() => placeEntry(writer, window, entry, WINDOW_MS, NOW)),
      );
      placed.set(entry.title, placement);
    }
    const find = (start: string) =>
      [...placed].find(([title]) => title.startsWith(start))?.[1] ?? { entryId: -1, storyId: -1 };
    const lone = find('Swedish truck plant to close');
    const report = find('Hallberg shifts cab production');
    const rows = await opened.query(
      'SELECT id, story_id, join_signals FROM entries WHERE id IN (?, ?)',
      [lone.entryId, report.entryId],
    );
    const storyOf = (id: number) => Number(rows.find((row) => Number(row.id) === id)?.story_id);
    expect(storyOf(lone.entryId)).toBe(storyOf(report.entryId));
    const signals = String(rows.find((row) => Number(row.id) === report.entryId)?.join_signals);
    expect(signals).toContain(`late:${lone.storyId}`);
    // Merged into the oldest story, as a bridge merges: no story is left without members.
    expect(storyOf(report.entryId)).toBeLessThanOrEqual(lone.storyId);
    const empty = await opened.query(
      'SELECT id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.story_id = s.id)',
    );
    expect(empty).toEqual([]);
  });
});
