import type { PairMeasures, PairModel } from '../../src/clusterer/index.js';
import type { LabelledPair } from './pair-dataset.js';

export interface FitOptions {
  /** L2 penalty on the weights (not the bias): a prior worth this many pairs. */
  l2: number;
  /** Newton steps (the fit converges in a handful). */
  iterations: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 1, iterations: 15 };

/**
 * Logistic regression by Newton's method on the pairs' measures, each pair weighted by its
 * `weight` (default 1). Deterministic.
 */
export function fitPairModel(
  pairs: readonly LabelledPair[],
  names: readonly (keyof PairMeasures)[],
  options: FitOptions = DEFAULT_FIT,
): PairModel {
  const size = names.length + 1;
  const rows = pairs.map((pair) => [1, ...names.map((name) => pair.measures[name])]);
  const beta = new Array<number>(size).fill(0);
  for (let step = 0; step < options.iterations; step++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    rows.forEach((row, i) => {
      const pair = pairs[i] as LabelledPair;
      const sample = pair.weight ?? 1;
      const p = 1 / (1 + Math.exp(-dot(beta, row)));
      const error = (p - (pair.same ? 1 : 0)) * sample;
      const curvature = p * (1 - p) * sample;
      for (let j = 0; j < size; j++) {
        gradient[j] = (gradient[j] as number) + error * (row[j] as number);
        const line = hessian[j] as number[];
        for (let k = 0; k < size; k++)
          line[k] = (line[k] as number) + curvature * (row[j] as number) * (row[k] as number);
      }
    });
    const penalty = options.l2;
    for (let j = 1; j < size; j++) {
      gradient[j] = (gradient[j] as number) + penalty * (beta[j] as number);
      (hessian[j] as number[])[j] = ((hessian[j] as number[])[j] as number) + penalty;
    }
    const delta = solve(hessian, gradient);
    for (let j = 0; j < size; j++) beta[j] = (beta[j] as number) - (delta[j] as number);
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const weights = Object.fromEntries(names.map((name, k) => [name, round(beta[k + 1] as number)]));
  return { bias: round(beta[0] as number), weights: weights as Record<keyof PairMeasures, number> };
}

function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((line, i) => [...line, vector[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]?.[col] as number) > Math.abs(a[pivot]?.[col] as number)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const head = a[col] as number[];
    const p = head[col] as number;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const line = a[r] as number[];
      const factor = (line[col] as number) / p;
      for (let c = col; c <= n; c++) line[c] = (line[c] as number) - factor * (head[c] as number);
    }
  }
  return a.map((line, i) => {
    const p = line[i] as number;
    return Math.abs(p) < 1e-12 ? 0 : (line[n] as number) / p;
  });
}
