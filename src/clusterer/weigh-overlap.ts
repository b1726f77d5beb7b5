import type { TermWeight } from './pair-measures.js';
import type { PairSide } from './pair-side.js';

/*
 * What two sides share, weighted by rarity: cosine of term sets, summed shared terms, numbers and
 * quotes, and the squash that turns a sum of evidence into [0, 1].
 */

/**
 * Cosine of two term sets, each term weighted by its rarity: the first `count` of `a`'s terms (each
 * once, in order) with their weights and the sum of their squares, against `b`'s set and sum.
 */
export function weightedCosine(
  count: number,
  a: readonly string[],
  weights: readonly number[],
  normA: number,
  setB: Set<string>,
  normB: number,
): number {
  if (count === 0 || setB.size === 0) return 0;
  let dot = 0;
  for (let i = 0; i < count; i++) if (setB.has(a[i] as string)) dot += (weights[i] as number) ** 2;
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

/** The summed weight of the terms of `terms` (in order, with their weights) that `other` holds. */
export function sumShared(
  terms: readonly string[],
  weights: readonly number[],
  other: Set<string>,
): number {
  let total = 0;
  for (let i = 0; i < terms.length; i++)
    if (other.has(terms[i] as string)) total += weights[i] as number;
  return total;
}

/**
 * The summed weight of the number terms of `terms` (their places `at`, in order; `weights` in
 * `terms` order) that `other` holds too.
 */
export function sumSharedNumbers(
  terms: readonly string[],
  at: readonly number[],
  weights: readonly number[],
  other: Set<string>,
): number {
  let total = 0;
  for (const i of at) if (other.has(terms[i] as string)) total += weights[i] as number;
  return total;
}

/** The summed weight of `a`'s quotes (each time it quotes one) that `b` quotes too. */
export function sharedQuoteWeight(a: PairSide, b: PairSide, weight: TermWeight): number {
  const quotes = a.features.quotes;
  if (quotes.length === 0 || b.quoteSet.size === 0) return 0;
  let total = 0;
  for (let i = 0; i < quotes.length; i++)
    if (b.quoteSet.has(quotes[i] as string)) total += weight(a.quoteTerms[i] as string);
  return total;
}

/** 1 − e^(−x/scale): more shared evidence adds less and less, never past 1. */
export function squash(value: number, scale: number): number {
  return 1 - Math.exp(-value / scale);
}
