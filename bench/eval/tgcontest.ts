import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DEFAULT_CLUSTER_OPTIONS, fingerprintEntry, scorePair } from '../../src/clusterer/index.js';

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

type Row = Record<string, string>;

function featuresOf(row: Row, side: 'first' | 'second') {
  return fingerprintEntry({
    title: row[`INPUT:${side}_title`] ?? '',
    text: row[`INPUT:${side}_text`] ?? '',
    url: row[`INPUT:${side}_url`] ?? '',
    publishedAt: SAME_TIME,
    contentHash: '',
  }).features;
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
 * The clusterer's same-story decision (fingerprint, scorePair above the default threshold) on the
 * labelled tgcontest pairs (OK = same story), by language.
 */
export function scoreTgcontestPairs(
  threshold = DEFAULT_CLUSTER_OPTIONS.threshold,
): Record<string, PairFigures> {
  const counts: Record<string, { tp: number; fp: number; tn: number; fn: number }> = {};
  for (const pool of POOLS) {
    const language = pool.slice(0, 2);
    const c = counts[language] ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
    counts[language] = c;
    for (const row of readPool(pool)) {
      const gold = row['GOLDEN:quality']?.trim();
      if (gold !== 'OK' && gold !== 'BAD') continue;
      const same = scorePair(featuresOf(row, 'first'), featuresOf(row, 'second')).score > threshold;
      const key = same ? (gold === 'OK' ? 'tp' : 'fp') : gold === 'OK' ? 'fn' : 'tn';
      c[key]++;
    }
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
