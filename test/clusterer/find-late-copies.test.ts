import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CLUSTER_OPTIONS,
  type Fingerprint,
  findLateCopies,
  fingerprintEntry,
  StoryIndex,
} from '../../src/clusterer/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import { clusterInMemory, type LateLook } from '../helpers/cluster-in-memory.js';
import { type CorpusName, loadCorpus } from '../helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../helpers/normalize-corpus.js';
import { makeEntry } from './make-entry.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const OPTIONS = DEFAULT_CLUSTER_OPTIONS;

interface LabelledEntry {
  entry: NormalizedEntry;
  story: string;
}

/** A corpus's entries in the order a fetch places them (sources by id, feed order), labelled. */
async function inFetchOrder(name: CorpusName): Promise<LabelledEntry[]> {
  const corpus = loadCorpus(name);
  const seen = new Set<NormalizedEntry>();
  const entries: LabelledEntry[] = [];
  for (const { index, entry } of await normalizeCorpus(corpus, NOW)) {
    if (seen.has(entry)) continue;
    seen.add(entry);
    entries.push({ entry, story: corpus.items[index]?.story ?? '' });
  }
  return entries;
}

interface Look {
  joining: number;
  late: number[];
}

/**
 * Places the entries in memory as placeEntry does (clusterInMemory): the placements that found
 * late copies, each entry's final story; `observe` sees every second look as it is taken.
 */
function placeAll(entries: readonly LabelledEntry[], observe?: (look: LateLook) => void) {
  const looks: Look[] = [];
  const placements = clusterInMemory(
    entries.map(({ entry }) => entry),
    OPTIONS,
    (look) => {
      observe?.(look);
      if (look.late.length > 0) looks.push({ joining: look.entry, late: look.late });
    },
  );
  return { looks, storyOf: (entryId: number) => placements[entryId]?.storyId ?? -1 };
}

const fingerprintOf = (title: string, text: string, publishedAt: string, language = 'en') =>
  fingerprintEntry(makeEntry({ title, text, publishedAt, language, contentHash: title }));

const titled = (entries: readonly LabelledEntry[], start: string) =>
  entries.findIndex(({ entry }) => entry.title.startsWith(start));

describe('a second look at the lone stories around a story that grows', () => {
  let entries: LabelledEntry[] = [];
  beforeAll(async () => {
    entries = await inFetchOrder('newsroom-ai');
  });

  it('joins the copy placed alone before the reports to the story they form', () => {
    const lone = titled(entries, 'Swedish truck plant to close');
    const report = titled(entries, 'Hallberg shifts cab production');
    expect(lone).toBeGreaterThanOrEqual(0);
    expect(lone).toBeLessThan(report);
    const { looks, storyOf } = placeAll(entries);
    expect(looks).toContainEqual({ joining: report, late: [lone] });
    expect(storyOf(lone)).toBe(storyOf(report));
    expect(entries[lone]?.story).toBe(entries[report]?.story);
  });

  it.each(['newsroom-ai', 'newsroom-j', 'newsroom-ac', 'newsroom-ag'] as const)(
    'finds in %s only late copies of the story that grew',
    async (name) => {
      const corpus = await inFetchOrder(name);
      const { looks } = placeAll(corpus);
      expect(looks.length).toBeGreaterThan(0);
      for (const { joining, late } of looks)
        for (const lone of late) expect(corpus[lone]?.story).toBe(corpus[joining]?.story);
    },
  );

  it('changes nothing in the index itself, and looks at no lone story scored under 0.5', () => {
    const report = titled(entries, 'Hallberg shifts cab production');
    const lone = titled(entries, 'Swedish truck plant to close');
    let checked = false;
    placeAll(entries, ({ index, fingerprint, storyId, scores, entry }) => {
      if (entry !== report) return;
      const terms = fingerprint.features.titleTerms;
      const before = { size: index.size, weights: terms.map(index.weigh) };
      expect(findLateCopies(index, fingerprint, storyId, scores, OPTIONS)).toEqual([lone]);
      expect({ size: index.size, weights: terms.map(index.weigh) }).toEqual(before);
      expect(index.storySize(lone)).toBe(1);
      const under = new Map([[lone, 0.49]]);
      expect(findLateCopies(index, fingerprint, storyId, under, OPTIONS)).toEqual([]);
      checked = true;
    });
    expect(checked).toBe(true);
  });

  it('takes no preview as a late copy of the outcome a translation joins', () => {
    // Made-up: a preview told without a number the morning of the decision, its outcome and the
    // outcome's translation (a preview half a day ahead is kept apart by the pair's rule).
    const preview = fingerprintOf(
      'Zaretsk central bank expected to hold rates as vote split looms',
      'The Central Bank of Zaretsk is expected to keep its key rate unchanged on Thursday, though two of its seven board members may vote for a cut.',
      '2025-03-13T06:00:00Z',
    );
    const copy = fingerprintOf(
      'Zaretsk central bank holds rates as vote splits',
      'The Central Bank of Zaretsk kept its key rate unchanged on Thursday, though two of its seven board members voted for a cut.',
      '2025-03-13T06:00:00Z',
    );
    const outcome = fingerprintOf(
      'Zaretsk central bank keeps key rate unchanged in split vote',
      'The Central Bank of Zaretsk left its key rate unchanged on Thursday; two of its seven board members voted for a cut, and the governor said cuts could come next year.',
      '2025-03-13T12:00:00Z',
    );
    const translation = fingerprintOf(
      'Центробанк Зарецка сохранил ключевую ставку, двое голосовали за снижение',
      'Центральный банк Зарецка в четверг оставил ключевую ставку без изменений; двое из семи членов правления голосовали за снижение.',
      '2025-03-13T15:00:00Z',
      'ru',
    );
    const lookAt = (lone: Fingerprint) => {
      const index = new StoryIndex();
      index.add(1, 1, lone);
      index.add(2, 2, outcome);
      return findLateCopies(index, translation, 2, new Map([[1, 0.6]]), OPTIONS);
    };
    expect(preview.features.genre).toBe('preview');
    // A report placed alone before the outcome is its late copy; the preview, alike but for its
    // tense, is not, though the translation would take it.
    expect(lookAt(copy)).toEqual([1]);
    expect(lookAt(preview)).toEqual([]);
  });

  it('keeps the preview of newsroom-ab apart from its outcome and the translation of the outcome', async () => {
    const corpus = await inFetchOrder('newsroom-ab');
    const preview = titled(corpus, 'Bank of England preview');
    const outcome = titled(corpus, 'Bank of England holds rates');
    const translation = titled(corpus, 'Банк Англии сохранил ставку');
    expect(Math.min(preview, outcome, translation)).toBeGreaterThanOrEqual(0);
    expect(corpus[translation]?.story).toBe(corpus[outcome]?.story);
    expect(corpus[preview]?.story).not.toBe(corpus[outcome]?.story);
    const { storyOf } = placeAll(corpus);
    expect(storyOf(translation)).toBe(storyOf(outcome));
    expect(storyOf(preview)).not.toBe(storyOf(outcome));
  });
});
