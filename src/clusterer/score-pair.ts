import type { FingerprintFeatures } from './fingerprint-entry.js';
import { type Agreement, measureAgreement } from './measure-agreement.js';

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
