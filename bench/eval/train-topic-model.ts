import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  compileTopic,
  examplesForTopic,
  explainMatch,
  isOpenToModel,
  parseExampleLines,
  parseWatchlist,
  readStems,
  splitFoldedWords,
  stemsProbability,
  type TextModel,
  withWeights,
} from '../../src/classifier/index.js';
import { type CorpusName, loadCorpus } from '../../test/helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../../test/helpers/normalize-corpus.js';
import { OPENED_CORPORA } from './corpora.js';

/**
 * `npx tsx bench/eval/train-topic-model.ts [topic]`: learns a topic's word model (text-model.ts)
 * from labelled entries and writes it beside the config (config/topics/<topic>.model.json), with
 * its leave-one-corpus-out figures in bench/eval/topic-model-<topic>.json.
 *
 * It learns from the shipped example set (the development corpora) and the opened synthetic
 * corpora, all written for this project (CC0). Never from the held-out corpora, which judge it, nor
 * from the real feeds of world-news: their texts are their publishers', in the repository for
 * testing only, and the model ships in config/ and in the container image (docs/topics.md).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SHAPE = { stemLength: 6, textWords: 80 };
/**
 * The probability at which the model takes a candidate in. Leave one corpus out reports the
 * others of THRESHOLDS beside it: at 0.6, political-prisoners counted no more false entries over
 * its training folds, and took in the shipped hard negative of an album declared extremist with
 * no one charged (test/classifier/political-reading.test.ts), so 0.7 stays (docs/quality.md).
 */
const THRESHOLD = 0.7;
const L2 = 0.01;
const ITERATIONS = 300;
const RATE = 10;
/** A stem seen in fewer training entries than this gets no weight. */
const MIN_ENTRIES = 2;
/** Weights smaller than this are left out of the file. */
const MIN_WEIGHT = 0.005;

interface Sample {
  fold: string;
  stems: string[];
  label: boolean;
  /** What the topic's rules (with the shipped learned weights) decide, and whether the model may. */
  rule: boolean;
  open: boolean;
}

interface Learned {
  bias: number;
  weights: Map<string, number>;
}

async function collectSamples(topicId: string): Promise<Sample[]> {
  const config = parse(readFileSync(path.join(ROOT, 'config/topicfeed.yaml'), 'utf8'));
  const def = config.topics.find((topic: { id: string }) => topic.id === topicId);
  if (!def) throw new Error(`train-topic-model: no topic "${topicId}" in config/topicfeed.yaml`);
  const watchlist = def.watchlist
    ? parseWatchlist(readFileSync(path.join(ROOT, 'config', def.watchlist), 'utf8'))
    : [];
  const learned = JSON.parse(readFileSync(path.join(ROOT, 'bench/eval/topics.json'), 'utf8'))
    .weights[topicId];
  const topic = withWeights(
    compileTopic({
      id: def.id,
      query: def.query,
      minScore: def.min_score,
      watchlist,
      evidence: def.evidence,
    }),
    learned ?? {},
  );
  const samples: Sample[] = [];
  const add = (fold: string, title: string, text: string, label: boolean) => {
    const match = explainMatch({ title, text }, topic);
    samples.push({
      fold,
      stems: readStems(splitFoldedWords(title), splitFoldedWords(text), SHAPE),
      label,
      rule: match.matched,
      open: isOpenToModel(match.evidence),
    });
  };
  const records = parseExampleLines(
    readFileSync(path.join(ROOT, 'config', def.examples ?? 'topics/examples.jsonl'), 'utf8'),
  );
  for (const example of examplesForTopic(records, topicId))
    add('examples', example.entry.title, example.entry.text, example.label);
  for (const name of OPENED_CORPORA as readonly CorpusName[]) {
    const corpus = loadCorpus(name);
    const seen = new Set<unknown>();
    for (const { index, entry } of await normalizeCorpus(corpus)) {
      const item = corpus.items[index];
      if (!item || seen.has(entry)) continue;
      seen.add(entry);
      add(name, entry.title, entry.text, item.topics.includes(topicId));
    }
  }
  return samples;
}

/** L2-regularized logistic regression by batch gradient descent, each class weighing half. */
function learn(samples: readonly Sample[]): Learned {
  const seenIn = new Map<string, number>();
  for (const sample of samples)
    for (const stem of sample.stems) seenIn.set(stem, (seenIn.get(stem) ?? 0) + 1);
  const positives = samples.filter((sample) => sample.label).length;
  const share = (label: boolean) =>
    samples.length / (2 * Math.max(1, label ? positives : samples.length - positives));
  const weights = new Map<string, number>();
  let bias = 0;
  for (let round = 0; round < ITERATIONS; round++) {
    const gradient = new Map<string, number>();
    let biasGradient = 0;
    for (const sample of samples) {
      const error =
        (stemsProbability({ weights, bias }, sample.stems) - (sample.label ? 1 : 0)) *
        share(sample.label);
      biasGradient += error;
      for (const stem of sample.stems)
        if ((seenIn.get(stem) ?? 0) >= MIN_ENTRIES)
          gradient.set(stem, (gradient.get(stem) ?? 0) + error);
    }
    bias -= (0.5 * biasGradient) / samples.length;
    for (const [stem, value] of gradient) {
      const weight = weights.get(stem) ?? 0;
      weights.set(stem, weight - 0.5 * RATE * (value / samples.length + L2 * weight));
    }
  }
  return { bias, weights };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function figures(counts: Counts) {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    precision: round(counts.tp / Math.max(1, counts.tp + counts.fp)),
    recall: round(counts.tp / Math.max(1, counts.tp + counts.fn)),
    ...counts,
  };
}

/** The thresholds leave one corpus out reports, THRESHOLD among them. */
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Each fold judged by a model learned without it: the rules alone, and the rules with the model
 * at each of THRESHOLDS.
 */
function crossValidate(samples: readonly Sample[]) {
  const folds = [...new Set(samples.map((sample) => sample.fold))];
  const rules: Counts = { tp: 0, fp: 0, fn: 0 };
  const at = new Map(THRESHOLDS.map((threshold) => [threshold, { tp: 0, fp: 0, fn: 0 }]));
  const count = (counts: Counts, predicted: boolean, label: boolean) => {
    if (predicted && label) counts.tp++;
    else if (predicted) counts.fp++;
    else if (label) counts.fn++;
  };
  for (const fold of folds) {
    const model = learn(samples.filter((sample) => sample.fold !== fold));
    for (const sample of samples.filter((each) => each.fold === fold)) {
      const p = stemsProbability(model, sample.stems);
      count(rules, sample.rule, sample.label);
      for (const [threshold, counts] of at)
        count(counts, sample.rule || (sample.open && p >= threshold), sample.label);
    }
  }
  const byThreshold = Object.fromEntries(
    [...at].map(([threshold, counts]) => [threshold, figures(counts)]),
  );
  return {
    folds: folds.length,
    rules: figures(rules),
    threshold: THRESHOLD,
    withModel: figures(at.get(THRESHOLD) as Counts),
    byThreshold,
  };
}

async function train(topicId: string): Promise<void> {
  const samples = await collectSamples(topicId);
  const leaveOneCorpusOut = crossValidate(samples);
  const model = learn(samples);
  const weights = Object.fromEntries(
    [...model.weights]
      .filter(([, weight]) => Math.abs(weight) >= MIN_WEIGHT)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([stem, weight]) => [stem, Math.round(weight * 1000) / 1000]),
  );
  const file: Omit<TextModel, 'weights'> & Record<string, unknown> = {
    format: 'topicfeed-text-model/1',
    topic: topicId,
    generatedBy: 'npx tsx bench/eval/train-topic-model.ts',
    learnedFrom: `${samples.length} entries (${samples.filter((s) => s.label).length} in the topic): config/topics/examples.jsonl and the opened synthetic corpora of test/fixtures`,
    ...SHAPE,
    threshold: leaveOneCorpusOut.threshold,
    bias: Math.round(model.bias * 1000) / 1000,
    weights,
  };
  writeFileSync(
    path.join(ROOT, `config/topics/${topicId}.model.json`),
    `${JSON.stringify(file)}\n`,
  );
  const report = {
    topic: topicId,
    entries: samples.length,
    leaveOneCorpusOut,
  };
  writeFileSync(
    path.join(ROOT, `bench/eval/topic-model-${topicId}.json`),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  process.stdout.write(
    `${JSON.stringify(report, null, 2)}\n${Object.keys(weights).length} stems\n`,
  );
}

if (process.argv[1] === import.meta.filename) await train(process.argv[2] ?? 'political-prisoners');
