import type { FingerprintFeatures } from './fingerprint-entry.js';
import { estimateJaccard } from './min-hash.js';

/** Copies are published within this many hours of each other (a few days). */
export const DEFAULT_WINDOW_HOURS = 72;
/** Shingle similarity above which two texts are the same text, reworded headline or not. */
const NEAR_VERBATIM = 0.5;
const MIN_VERBATIM_WORDS = 40;
/** A headline number contradicted halves the score: another exchange, another day's forecast. */
const CONFLICT_FACTOR = 0.5;
const WEIGHTS = { entities: 0.4, numbers: 0.3, quotes: 0.3, title: 0.2 };

export interface PairScore {
  score: number;
  signals: string[];
}

/**
 * How likely two entries are copies of one story, in [0, 1], with the signals that agreed.
 * Same URL or content is certain; a near-verbatim text nearly so; otherwise names, numbers, verbatim
 * quotes and title words add up, and nothing counts outside the time window.
 */
export function scorePair(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  windowHours = DEFAULT_WINDOW_HOURS,
): PairScore {
  const agreement = measureAgreement(a, b);
  if (agreement.sameUrl) return { score: 1, signals: ['same-url'] };
  if (agreement.sameContent) return { score: 1, signals: ['same-content'] };
  if (!(agreement.hoursApart <= windowHours)) return { score: 0, signals: ['outside-window'] };
  if (isNearVerbatim(agreement)) {
    return {
      score: 0.9 + agreement.text / 10,
      signals: [`near-verbatim:${round(agreement.text)}`],
    };
  }
  return weighSignals(agreement);
}

/** Same text, not just the same template: long enough, and names and numbers do not disagree. */
function isNearVerbatim(agreement: Agreement): boolean {
  return (
    agreement.text >= NEAR_VERBATIM &&
    agreement.shorterText >= MIN_VERBATIM_WORDS &&
    agreement.entityOverlap >= 0.5 &&
    agreement.numberOverlap >= 0.5 &&
    !agreement.titleNumbersConflict
  );
}

function weighSignals(agreement: Agreement): PairScore {
  const parts = {
    entities: agreement.entityJaccard,
    numbers: Math.min(1, agreement.numberWeight / 4) * agreement.numberOverlap,
    quotes: Math.min(1, agreement.sharedQuotes / 3),
    title: agreement.titleJaccard,
  };
  let score = 0;
  const signals: string[] = [];
  for (const [name, value] of Object.entries(parts) as [keyof typeof WEIGHTS, number][]) {
    score += WEIGHTS[name] * value;
    if (value > 0) signals.push(`${name}:${round(value)}`);
  }
  if (agreement.titleNumbersConflict) {
    score *= CONFLICT_FACTOR;
    signals.push('title-numbers-conflict');
  }
  return { score: Math.min(1, round(score)), signals };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** How far two entries agree, signal by signal, before the signals are weighed. */
interface Agreement {
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

function measureAgreement(a: FingerprintFeatures, b: FingerprintFeatures): Agreement {
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
