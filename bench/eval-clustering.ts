import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DEFAULT_CLUSTER_OPTIONS } from '../src/clusterer/choose-story.js';
import { fingerprintEntry } from '../src/clusterer/fingerprint-entry.js';
import { scorePair } from '../src/clusterer/score-pair.js';
import { clusterInMemory } from './cluster-in-memory.js';
import { loadNewsroom } from './load-newsroom.js';
import { scorePairwise } from './score-pairwise.js';

const SHARED = path.resolve(import.meta.dirname, '../../shared');
const PAIRS_DIR = path.join(SHARED, 'corpus/dedup/tgcontest-clustering-pairs');
const POOLS = ['ru_honey_pool', 'ru_exam_pool', 'ru_train_pool', 'en_train_pool'];
const SAME_TIME = '2020-01-01T00:00:00Z';

interface Counts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

function evaluatePairs(threshold: number): Record<string, ReturnType<typeof summarize>> {
  const byLanguage: Record<string, Counts> = {};
  for (const pool of POOLS) {
    const rows = parse(readFileSync(path.join(PAIRS_DIR, `${pool}.tsv`)), {
      columns: true,
      delimiter: '\t',
      relax_quotes: true,
    }) as Record<string, string>[];
    const language = pool.slice(0, 2);
    const counts = byLanguage[language] ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
    byLanguage[language] = counts;
    for (const row of rows) countPair(row, threshold, counts);
  }
  return Object.fromEntries(Object.entries(byLanguage).map(([lang, c]) => [lang, summarize(c)]));
}

function countPair(row: Record<string, string>, threshold: number, counts: Counts): void {
  const label = row['GOLDEN:quality']?.trim();
  if (label !== 'OK' && label !== 'BAD') return;
  const side = (which: string) =>
    fingerprintEntry({
      title: row[`INPUT:${which}_title`] ?? '',
      text: row[`INPUT:${which}_text`] ?? '',
      url: row[`INPUT:${which}_url`] ?? '',
      publishedAt: SAME_TIME,
      contentHash: '',
    }).features;
  const same = scorePair(side('first'), side('second')).score > threshold;
  const key = `${same ? (label === 'OK' ? 't' : 'f') : label === 'OK' ? 'f' : 't'}${same ? 'p' : 'n'}`;
  counts[key as keyof Counts]++;
}

function summarize(c: Counts) {
  const total = c.tp + c.fp + c.tn + c.fn;
  return {
    pairs: total,
    accuracy: ratio(c.tp + c.tn, total),
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    ...c,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000;
}

async function evaluateNewsroom(threshold: number) {
  const entries = await loadNewsroom(path.join(SHARED, 'fixtures/newsroom'));
  const placements = clusterInMemory(entries, { ...DEFAULT_CLUSTER_OPTIONS, threshold });
  return scorePairwise(
    entries,
    placements.map((p) => p.storyId),
  );
}

const threshold = Number(process.argv[2] ?? DEFAULT_CLUSTER_OPTIONS.threshold);
const figures = {
  threshold,
  windowHours: DEFAULT_CLUSTER_OPTIONS.windowHours,
  tgcontestPairs: evaluatePairs(threshold),
  newsroom: await evaluateNewsroom(threshold),
};
console.log(JSON.stringify(figures, null, 2));
writeFileSync(
  path.join(import.meta.dirname, 'eval-clustering.json'),
  `${JSON.stringify(figures, null, 2)}\n`,
);
