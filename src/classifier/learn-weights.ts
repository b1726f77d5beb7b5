import { buildDocument, type ClassifiableEntry } from './build-document.js';
import {
  type CompiledTopic,
  configuredWeights,
  DEFAULT_MIN_SCORE,
  withWeights,
} from './compile-topic.js';
import { QUERY_FEATURE, weightBounds } from './evidence.js';
import { measureFeatures } from './weigh-evidence.js';

/** An entry a user (or the shipped example set) says belongs to a topic, or does not. */
export interface LabelledExample {
  entry: ClassifiableEntry;
  label: boolean;
  /** Examples sharing a group (copies of one story) stay in one fold when cross-validating. */
  group?: string;
  /** Where the example comes from, for people reading a report. */
  source?: string;
}

/** One example as the learner sees it: its feature points and whether the topic finds it at all. */
export interface MeasuredExample {
  points: Record<string, number>;
  candidate: boolean;
  label: boolean;
  group?: string;
}

export interface LearningOptions {
  /** Pull of each weight toward its configured value (L2, per feature): more = trust config more. */
  prior: number;
  /** Logistic slope per point of score: how soft the bar at min_score is while learning. */
  slope: number;
  iterations: number;
}

export const DEFAULT_LEARNING: LearningOptions = { prior: 2, slope: 1.5, iterations: 400 };

/** Measures what the learner needs of each example, once per topic definition. */
export function measureExamples(
  topic: CompiledTopic,
  examples: readonly LabelledExample[],
): MeasuredExample[] {
  return examples.map((example) => {
    const doc = buildDocument(example.entry);
    const points = measureFeatures(doc, topic);
    return {
      points,
      candidate: isCandidate(topic, points),
      label: example.label,
      ...(example.group !== undefined ? { group: example.group } : {}),
    };
  });
}

function isCandidate(topic: CompiledTopic, points: Record<string, number>): boolean {
  if ((points[QUERY_FEATURE] ?? 0) > 0) return true;
  return (topic.evidence ?? []).some((g) => g.kind !== 'against' && (points[g.id] ?? 0) > 0);
}

/**
 * Learns a topic's weights from labelled examples: logistic regression over the feature points,
 * with the decision bar fixed at the default min_score (2.5) so a learned score reads like a
 * configured one, each weight kept to its kind's sign (a decisive group never below the bar), and
 * pulled toward its configured value so a few examples move it a little and many move it more.
 * Only candidates teach: an entry the topic never finds gets no score to correct.
 */
export function learnWeights(
  topic: CompiledTopic,
  examples: readonly MeasuredExample[],
  options: LearningOptions = DEFAULT_LEARNING,
): CompiledTopic {
  const prior = configuredWeights(topic);
  const ids = Object.keys(prior);
  const kinds = new Map<string, Parameters<typeof weightBounds>[0]>([[QUERY_FEATURE, 'query']]);
  for (const group of topic.evidence ?? []) kinds.set(group.id, group.kind);
  const bounds = ids.map((id) => weightBounds(kinds.get(id) ?? 'supporting'));
  const start = ids.map((id) => prior[id] ?? 0);
  const rows = examples
    .filter((example) => example.candidate)
    .map((example) => ({ x: ids.map((id) => example.points[id] ?? 0), y: example.label ? 1 : 0 }));
  const fitted = rows.length === 0 ? start : minimize(rows, start, bounds, options);
  const weights = Object.fromEntries(ids.map((id, i) => [id, round(fitted[i] ?? 0)]));
  const positives = examples.filter((example) => example.label).length;
  return withWeights(topic, weights, { examples: examples.length, positives });
}

interface Row {
  x: number[];
  y: number;
}

/** Projected gradient descent with backtracking on the penalized log-loss. */
function minimize(
  rows: Row[],
  start: number[],
  bounds: { min: number; max: number }[],
  options: LearningOptions,
): number[] {
  const project = (w: number[]) =>
    w.map((v, i) => clamp(v, bounds[i] as { min: number; max: number }));
  let w = project(start);
  let loss = objective(rows, w, start, options);
  let step = 0.05;
  for (let iteration = 0; iteration < options.iterations; iteration += 1) {
    const grad = gradient(rows, w, start, options);
    let next = project(w.map((v, i) => v - step * (grad[i] ?? 0)));
    let nextLoss = objective(rows, next, start, options);
    while (nextLoss > loss && step > 1e-6) {
      step /= 2;
      next = project(w.map((v, i) => v - step * (grad[i] ?? 0)));
      nextLoss = objective(rows, next, start, options);
    }
    if (nextLoss > loss) break;
    const moved = next.reduce((sum, v, i) => sum + Math.abs(v - (w[i] ?? 0)), 0);
    w = next;
    loss = nextLoss;
    step *= 1.5;
    if (moved < 1e-7) break;
  }
  return w;
}

function objective(rows: Row[], w: number[], prior: number[], options: LearningOptions): number {
  let loss = 0;
  for (const row of rows) {
    const z = options.slope * (dot(w, row.x) - DEFAULT_MIN_SCORE);
    // log(1 + e^z) - y·z, computed without overflow.
    loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - row.y * z;
  }
  return loss + options.prior * w.reduce((sum, v, i) => sum + (v - (prior[i] ?? 0)) ** 2, 0);
}

function gradient(rows: Row[], w: number[], prior: number[], options: LearningOptions): number[] {
  const grad = w.map((v, i) => 2 * options.prior * (v - (prior[i] ?? 0)));
  for (const row of rows) {
    const z = options.slope * (dot(w, row.x) - DEFAULT_MIN_SCORE);
    const error = 1 / (1 + Math.exp(-z)) - row.y;
    row.x.forEach((value, i) => {
      grad[i] = (grad[i] ?? 0) + options.slope * error * value;
    });
  }
  return grad;
}

function dot(a: number[], b: number[]): number {
  return a.reduce((sum, v, i) => sum + v * (b[i] ?? 0), 0);
}

function clamp(value: number, bounds: { min: number; max: number }): number {
  return Math.min(bounds.max, Math.max(bounds.min, value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
