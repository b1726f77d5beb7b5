import type { ModelMeasure, PairMeasures } from './pair-measures.js';
import { PAIR_MODEL_WEIGHTS } from './pair-model-weights.js';

/**
 * A logistic regression over the pair measures: P(same story) = σ(bias + Σ weight × measure).
 * Its weights are a data table (pair-model-weights.ts) that `bench/eval/train-pair-model.ts`
 * reproduces from the labelled development pairs.
 */
export interface PairModel {
  bias: number;
  weights: Record<ModelMeasure, number>;
}

export const SHIPPED_PAIR_MODEL: PairModel = PAIR_MODEL_WEIGHTS;

export interface Prediction {
  probability: number;
  /** Each measure's part of the log-odds, largest magnitude first, zero parts left out. */
  contributions: [ModelMeasure, number][];
}

/** The model's probability that two entries report one story, and what moved it. */
export function predictPair(model: PairModel, measures: PairMeasures): Prediction {
  let logit = model.bias;
  const contributions: [ModelMeasure, number][] = [];
  for (const name of Object.keys(model.weights) as ModelMeasure[]) {
    const part = model.weights[name] * measures[name];
    logit += part;
    if (part !== 0) contributions.push([name, part]);
  }
  contributions.sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
  return { probability: 1 / (1 + Math.exp(-logit)), contributions };
}
