import type { FingerprintFeatures } from './fingerprint-entry.js';
import { estimateJaccard } from './min-hash.js';

/** How far two entries agree, signal by signal, before the signals are weighed. */
export interface Agreement {
  sameUrl: boolean;
  sameContent: boolean;
  /** Estimated Jaccard similarity of the texts' word 4-shingles. */
  text: number;
  sharedEntities: number;
  /** Shared entities over the smaller entity set (1 when one side has none: nothing disagrees). */
  entityOverlap: number;
  /** Shared entities over the union of both entity sets. */
  entityJaccard: number;
  /** Shared numbers, those above 31 (not a day, not a small count) counting double. */
  numberWeight: number;
  /** Shared numbers over the smaller number set (1 when one side has none). */
  numberOverlap: number;
  sharedQuotes: number;
  titleJaccard: number;
  /** Both headlines carry numbers and share none (150 prisoners vs 84: another event). */
  titleNumbersConflict: boolean;
  /** Words in the shorter text. */
  shorterText: number;
  hoursApart: number;
}

export function measureAgreement(a: FingerprintFeatures, b: FingerprintFeatures): Agreement {
  const entities = countShared(a.entities, b.entities);
  const numbers = intersect(a.numbers, b.numbers);
  return {
    sameUrl: a.url !== '' && a.url === b.url,
    sameContent: a.contentHash !== '' && a.contentHash === b.contentHash,
    text: estimateJaccard(a.minHash, b.minHash),
    sharedEntities: entities,
    entityOverlap: divideOrOne(entities, Math.min(a.entities.length, b.entities.length)),
    entityJaccard: divide(entities, a.entities.length + b.entities.length - entities),
    numberWeight: numbers.reduce((sum, n) => sum + (Number(n) > 31 ? 2 : 1), 0),
    numberOverlap: divideOrOne(numbers.length, Math.min(a.numbers.length, b.numbers.length)),
    sharedQuotes: countShared(a.quotes, b.quotes),
    titleJaccard: jaccard(a.titleTokens, b.titleTokens),
    titleNumbersConflict:
      a.titleNumbers.length > 0 &&
      b.titleNumbers.length > 0 &&
      countShared(a.titleNumbers, b.titleNumbers) === 0,
    shorterText: Math.min(a.textWords, b.textWords),
    hoursApart: measureHoursApart(a.publishedAt, b.publishedAt),
  };
}

function intersect(a: string[], b: string[]): string[] {
  const set = new Set(b);
  return a.filter((item) => set.has(item));
}

function countShared(a: string[], b: string[]): number {
  return intersect(a, b).length;
}

function jaccard(a: string[], b: string[]): number {
  const shared = countShared(a, b);
  return divide(shared, a.length + b.length - shared);
}

function divideOrOne(part: number, whole: number): number {
  return whole > 0 ? part / whole : 1;
}

function divide(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

function measureHoursApart(a: string, b: string): number {
  const hours = Math.abs(Date.parse(a) - Date.parse(b)) / 3_600_000;
  return Number.isNaN(hours) ? Number.POSITIVE_INFINITY : hours;
}
