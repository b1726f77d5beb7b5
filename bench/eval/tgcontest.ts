import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  DEFAULT_CLUSTER_OPTIONS,
  type Fingerprint,
  fingerprintEntry,
  type PairModel,
  SHIPPED_PAIR_MODEL,
  StoryIndex,
  scorePair,
  type TermWeight,
} from '../../src/clusterer/index.js';

const PAIRS_DIR = path.resolve(
  import.meta.dirname,
  '../../test/fixtures/corpus/dedup/tgcontest-clustering-pairs',
);
const POOLS = ['ru_honey_pool', 'ru_exam_pool', 'ru_train_pool', 'en_train_pool'];
const SAME_TIME = '2020-01-01T00:00:00Z';

export interface PairFigures {
  pairs: number;
  precision: number;
  recall: number;
  accuracy: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** One labelled tgcontest pair, fingerprinted, with the rarity weights of its language's pool. */
export interface TgcontestPair {
  language: string;
  same: boolean;
  a: Fingerprint;
  b: Fingerprint;
  weight: TermWeight;
  /** The two headlines, for printing. */
  titles: [string, string];
}

type Row = Record<string, string>;

function fingerprintSide(row: Row, side: 'first' | 'second'): Fingerprint {
  return fingerprintEntry({
    title: row[`INPUT:${side}_title`] ?? '',
    text: row[`INPUT:${side}_text`] ?? '',
    url: row[`INPUT:${side}_url`] ?? '',
    publishedAt: SAME_TIME,
    contentHash: '',
  });
}

function readPool(pool: string): Row[] {
  return parse(readFileSync(path.join(PAIRS_DIR, `${pool}.tsv`)), {
    columns: true,
    delimiter: '\t',
    relax_quotes: true,
  }) as Row[];
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000;
}

/**
 * The labelled tgcontest pairs (OK = same story), fingerprinted as titles and leads published at
 * one time; term rarity is counted over every distinct text of the language's pools, as the
 * story index counts it over the recent stream.
 */
export function loadTgcontestPairs(): TgcontestPair[] {
  const pairs: TgcontestPair[] = [];
  const indexes = new Map<string, { index: StoryIndex; seen: Set<string> }>();
  for (const pool of POOLS) {
    const language = pool.slice(0, 2);
    const held = indexes.get(language) ?? { index: new StoryIndex(), seen: new Set<string>() };
    indexes.set(language, held);
    for (const row of readPool(pool)) {
      const gold = row['GOLDEN:quality']?.trim();
      if (gold !== 'OK' && gold !== 'BAD') continue;
      const a = fingerprintSide(row, 'first');
      const b = fingerprintSide(row, 'second');
      for (const [side, fp] of [
        ['first', a],
        ['second', b],
      ] as const) {
        const url = row[`INPUT:${side}_url`] ?? '';
        if (held.seen.has(url)) continue;
        held.seen.add(url);
        held.index.add(held.seen.size, held.seen.size, fp);
      }
      const titles: [string, string] = [
        row['INPUT:first_title'] ?? '',
        row['INPUT:second_title'] ?? '',
      ];
      pairs.push({ language, same: gold === 'OK', a, b, weight: held.index.weigh, titles });
    }
  }
  return pairs;
}

/** The pair model's same-story decision above `threshold` on the tgcontest pairs, by language. */
export function scoreTgcontestPairs(
  threshold = DEFAULT_CLUSTER_OPTIONS.threshold,
  model: PairModel = SHIPPED_PAIR_MODEL,
  pairs: TgcontestPair[] = loadTgcontestPairs(),
): Record<string, PairFigures> {
  const counts: Record<string, { tp: number; fp: number; tn: number; fn: number }> = {};
  for (const pair of pairs) {
    const c = counts[pair.language] ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
    counts[pair.language] = c;
    const result = scorePair(pair.a.features, pair.b.features, { weight: pair.weight, model });
    const same = result.score > threshold;
    c[same ? (pair.same ? 'tp' : 'fp') : pair.same ? 'fn' : 'tn']++;
  }
  return Object.fromEntries(
    Object.entries(counts).map(([language, c]) => {
      const pairs = c.tp + c.fp + c.tn + c.fn;
      const figures: PairFigures = {
        pairs,
        precision: ratio(c.tp, c.tp + c.fp),
        recall: ratio(c.tp, c.tp + c.fn),
        accuracy: ratio(c.tp + c.tn, pairs),
        ...c,
      };
      return [language, figures];
    }),
  );
}
