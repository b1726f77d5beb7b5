import type { FingerprintFeatures } from './fingerprint-features.js';

export const MAX_KEYS = 48;
const BANDS = 8;

/**
 * Candidate-index keys: exact ones (url, content hash), MinHash bands (near-verbatim copies),
 * the most frequent entities, the rarest-looking numbers (longest), quotes and title words.
 * Prefixes keep the kinds apart; the store skips keys that turn out too common.
 */
export function buildKeys(features: FingerprintFeatures): string[] {
  const keys = new Set<string>();
  if (features.url !== '') keys.add(`u:${features.url}`);
  if (features.contentHash !== '') keys.add(`h:${features.contentHash}`);
  for (const band of bandMinHash(features.minHash)) keys.add(band);
  for (const entity of features.entities.slice(0, 14))
    if (entity.length >= 3) keys.add(`e:${entity}`);
  const numbers = [...features.numbers].sort((a, b) => b.length - a.length);
  for (const number of numbers.slice(0, 8)) keys.add(`n:${number}`);
  for (const quote of features.quotes.slice(0, 4)) keys.add(`q:${quote}`);
  for (const token of features.titleTokens.slice(0, 8)) keys.add(`t:${token}`);
  return [...keys].slice(0, MAX_KEYS);
}

function bandMinHash(minHash: number[]): string[] {
  if (minHash.length === 0) return [];
  const rows = Math.floor(minHash.length / BANDS);
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const slice = minHash.slice(b * rows, (b + 1) * rows);
    bands.push(`m${b}:${slice.map((v) => v.toString(36)).join('.')}`);
  }
  return bands;
}
