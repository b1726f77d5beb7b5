import type { FingerprintFeatures } from './fingerprint-features.js';

/*
 * Headline numbers that differ but that the leads give (measure-pair.ts reads no conflict of
 * numbers then): a headline rounds what its lead states exactly, and each of two reports may
 * headline another of the facts both leads tell.
 */

/**
 * Whether the two leads give the numbers the headlines differ on: each lead gives every number
 * of the other's headline (one report headlines the fine, the other the salmon that escaped, and
 * each tells both), or one headline rounds what its own lead gives exactly and the other's
 * headline says ("Singer gets 5 years", "…for five and a half years", beside "5,5 года"). Terms
 * as total months are left out (the lead's terms are read only as numbers).
 */
export function leadsSayTitleNumbers(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  const numbersA = plainNumbers(a.titleNumbers);
  const numbersB = plainNumbers(b.titleNumbers);
  const saysA = leadSays(a, numbersB);
  const saysB = leadSays(b, numbersA);
  return (
    (saysA && saysB) ||
    (saysA && numbersB.every((x) => numbersA.some((y) => roundsTo(x, y)))) ||
    (saysB && numbersA.every((x) => numbersB.some((y) => roundsTo(x, y))))
  );
}

function plainNumbers(numbers: readonly string[]): number[] {
  return numbers.filter((number) => !number.endsWith('mo')).map(Number);
}

/** Whether `side`'s lead gives every one of `numbers` (none: no). */
function leadSays(side: FingerprintFeatures, numbers: readonly number[]): boolean {
  return numbers.length > 0 && numbers.every((number) => side.leadTerms.includes(`#:${number}`));
}

/**
 * Whether `rounded` can be `exact` as a headline rounds it: a whole number for a fraction (5 for
 * 5.5), or within a tenth (52,000 for 52,300); two small counts (3 and 2) are two counts.
 */
function roundsTo(exact: number, rounded: number): boolean {
  const apart = Math.abs(exact - rounded);
  return (
    (Number.isInteger(rounded) && !Number.isInteger(exact) && apart < 1) ||
    apart <= Math.abs(exact) / 10
  );
}
