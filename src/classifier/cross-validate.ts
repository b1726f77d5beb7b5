import type { CompiledTopic } from './compile-topic.js';
import { configuredWeights, readWeights, withWeights } from './compile-topic.js';
import {
  DEFAULT_LEARNING,
  type LearningOptions,
  learnWeights,
  type MeasuredExample,
} from './learn-weights.js';

/** Precision, recall and F1 of a topic's decisions on labelled examples. */
export interface ExampleFigures {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface CrossValidation {
  folds: number;
  examples: number;
  positives: number;
  /** With the configured weights, nothing learned. */
  configured: ExampleFigures;
  /** Learned from every example and judged on the same examples (optimistic). */
  learned: ExampleFigures;
  /** Each fold judged by weights learned from the other folds: what to expect on new entries. */
  crossValidated: ExampleFigures;
  /** Indices of the examples the cross-validated model got wrong, by how wrong (score distance). */
  misses: { index: number; score: number }[];
}

/**
 * k-fold cross-validation of learning a topic's weights from its examples. Examples sharing a
 * group (copies of one story) stay in one fold; positives and negatives are spread over the folds
 * separately, in a fixed order, so every run gives the same folds.
 */
export function crossValidate(
  topic: CompiledTopic,
  examples: readonly MeasuredExample[],
  folds = 5,
  options: LearningOptions = DEFAULT_LEARNING,
): CrossValidation {
  const foldOf = assignFolds(examples, folds);
  const cvScores = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < folds; fold += 1) {
    const training = examples.filter((_, i) => foldOf[i] !== fold);
    const model = learnWeights(topic, training, options);
    examples.forEach((example, i) => {
      if (foldOf[i] === fold) cvScores[i] = scoreOf(model, example);
    });
  }
  const learned = learnWeights(topic, examples, options);
  const misses = examples
    .map((example, index) => ({ index, score: cvScores[index] ?? 0, example }))
    .filter(({ example, score }) => example.label !== says(example, score, topic.minScore))
    .sort((a, b) => Math.abs(b.score - topic.minScore) - Math.abs(a.score - topic.minScore))
    .map(({ index, score }) => ({ index, score }));
  return {
    folds,
    examples: examples.length,
    positives: examples.filter((example) => example.label).length,
    configured: judge(
      examples,
      examples.map((example) => scoreOf(withWeights(topic, configuredWeights(topic)), example)),
      topic.minScore,
    ),
    learned: judge(
      examples,
      examples.map((example) => scoreOf(learned, example)),
      topic.minScore,
    ),
    crossValidated: judge(examples, cvScores, topic.minScore),
    misses,
  };
}

/** The score a topic gives a measured example (0 when it is not a candidate). */
export function scoreOf(topic: CompiledTopic, example: MeasuredExample): number {
  if (!example.candidate) return 0;
  const weights = readWeights(topic);
  let score = 0;
  for (const [id, weight] of Object.entries(weights)) score += weight * (example.points[id] ?? 0);
  return Math.max(0, Math.round(score * 100) / 100);
}

function assignFolds(examples: readonly MeasuredExample[], folds: number): number[] {
  const groups = new Map<string, { positive: boolean; members: number[] }>();
  examples.forEach((example, i) => {
    const key = example.group ?? `#${i}`;
    const group = groups.get(key) ?? { positive: false, members: [] };
    group.positive ||= example.label;
    group.members.push(i);
    groups.set(key, group);
  });
  const foldOf = new Array<number>(examples.length).fill(0);
  for (const positive of [true, false]) {
    const ordered = [...groups.entries()]
      .filter(([, group]) => group.positive === positive)
      .sort(([a], [b]) => mix(a) - mix(b) || a.localeCompare(b));
    ordered.forEach(([, group], n) => {
      for (const i of group.members) foldOf[i] = n % folds;
    });
  }
  return foldOf;
}

/** A fixed pseudo-random order of group keys (FNV-1a), so folds do not follow feed order. */
function mix(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function judge(
  examples: readonly MeasuredExample[],
  scores: readonly number[],
  minScore: number,
): ExampleFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  examples.forEach((example, i) => {
    const said = says(example, scores[i] ?? 0, minScore);
    if (said && example.label) tp += 1;
    else if (said) fp += 1;
    else if (example.label) fn += 1;
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), tp, fp, fn };
}

/** The topic takes an example when it is a candidate and its score reaches the bar. */
function says(example: MeasuredExample, score: number, minScore: number): boolean {
  return example.candidate && score >= minScore;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
