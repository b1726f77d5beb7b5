import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/choose-story.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { clusterInMemory } from '../helpers/cluster-in-memory.js';
import { loadNewsroom, type NewsroomEntry } from '../helpers/load-newsroom.js';
import { scorePairwise } from '../helpers/score-pairwise.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

describe('clustering the labelled newsroom corpus', () => {
  let entries: NewsroomEntry[] = [];
  let figures: ReturnType<typeof scorePairwise>;

  beforeAll(async () => {
    entries = await loadNewsroom(path.join(FIXTURES, 'newsroom'));
    const placements = clusterInMemory(entries, DEFAULT_CLUSTER_OPTIONS);
    figures = scorePairwise(
      entries,
      placements.map((p) => p.storyId),
    );
  });

  it('reaches same-language pairwise precision >= 0.98 and recall >= 0.95', () => {
    expect(entries.length).toBe(66);
    expect(figures.wrongMerges).toEqual([]);
    expect(figures.sameLanguage.precision).toBeGreaterThanOrEqual(0.98);
    expect(figures.sameLanguage.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps precision on pairs with a translation and finds most of them', () => {
    expect(figures.crossLingual.precision).toBeGreaterThanOrEqual(0.98);
    expect(figures.crossLingual.recall).toBeGreaterThanOrEqual(0.7);
  });
});

describe('the two seed documents', () => {
  const read = (name: string) => readFileSync(path.join(FIXTURES, 'seeds', name), 'utf8');

  it('are one story: the original (front matter stripped) and its rewrite', () => {
    const original = read('000_67f031443b04ee79.txt').replace(/^---\n[\s\S]*?\n---\n/u, '');
    const rewrite = read('001_7c23960cd4a7bee2.txt');
    const [firstLine = '', ...rest] = rewrite.split('\n');
    const a = fingerprintEntry({
      title: "Belarus opposition leader's husband urges Trump to help other prisoners",
      text: original,
      publishedAt: '2025-06-22T17:04:56Z',
      contentHash: 'seed-0',
    });
    const b = fingerprintEntry({
      title: firstLine,
      text: rest.join('\n'),
      publishedAt: '2025-06-22T23:00:00Z',
      contentHash: 'seed-1',
    });
    const result = scorePair(a.features, b.features);
    expect(result.score).toBeGreaterThan(DEFAULT_CLUSTER_OPTIONS.threshold);
    expect(a.keys.filter((key) => b.keys.includes(key)).length).toBeGreaterThan(0);
  });
});
