import type { FingerprintFeatures } from './fingerprint-entry.js';
import { type FactMeasures, measureFacts } from './measure-facts.js';
import { estimateJaccard } from './min-hash.js';
import { type PairSide, prepareSide, type RareTerm, termsOf, weighTerms } from './pair-side.js';

/** How rare a term is in the recent stream: its inverse document frequency (see StoryIndex). */
export type TermWeight = (term: string) => number;

/** A flat weight for every term: what a pair is measured with when no stream is known. */
export const FLAT_WEIGHT: TermWeight = () => 1;

/**
 * The generic measures of a pair that the pair model weighs, each in [0, 1] (or a small count),
 * named so that `explain` can show them.
 */
export interface PairMeasures extends FactMeasures {
  /** Rarity-weighted cosine of the headlines (language-free terms across languages). */
  titleSim: number;
  /** The same over headline and lead together. */
  leadSim: number;
  /** Rarity-weighted Jaccard of the names of headline and lead. */
  rareNames: number;
  /** Rare terms of headline and lead both share, however long either is, squashed to [0, 1]. */
  sharedRare: number;
  /**
   * How much of each side's most distinctive headline terms (its rarest) the other side does not
   * say anywhere in headline, lead or names: the larger of the two. Copies agree on what is
   * distinctive about them.
   */
  distinctMissing: number;
  /** Headline similarity when the headlines name different people or places. */
  conflictingTitleSim: number;
  /** Shared rare terms discounted by the names that do not match: the same template is not enough. */
  agreeingRare: number;
  /** Headline similarity of two languages (fewer terms carry across: names, concepts, numbers). */
  crossTitleSim: number;
  /**
   * Both headlines name someone, and neither side mentions anyone the other's headline names (as
   * a name anywhere, or as any capitalised word of its headline).
   */
  nameConflict: number;
  /**
   * How much of what each side's headline and lead name (weighted by rarity) the other side never
   * mentions, the smaller of the two: another protagonist, another place.
   */
  nameMismatch: number;
  /** Both headlines carry numbers and share none (150 prisoners vs 84: another event). */
  numberConflict: number;
  /** Headline similarity when the headlines' numbers conflict: a recurring template, another day. */
  conflictingNumbersSim: number;
  /** Rare numbers both share. */
  sharedNumbers: number;
  /** Both headlines say what happened, and it is the same (died, sentenced, elected). */
  eventAgree: number;
  /** Both headlines say what happened, and it differs (arrested vs sentenced). */
  eventConflict: number;
  /** One side is an explainer, live page, gallery, digest, opinion, video or profile; the other not. */
  genreMismatch: number;
  /** One side announces what will happen, the other reports it. */
  previewMismatch: number;
  /** The same headline word for word. */
  sameTitle: number;
  /** Days between the two, capped at 3. */
  daysApart: number;
  /** Share of verbatim text (MinHash) when both texts are long enough to tell. */
  textOverlap: number;
  /** Rare verbatim quote shingles both share, squashed. */
  sharedQuotes: number;
}

const MIN_TEXT_WORDS = 40;
/**
 * How much shared rarity makes sharedRare near 1: about eight rare terms (a rare term weighs 5–7).
 * With less, two teasers of one busy day that share a place and a topic already looked like
 * copies (cross-validated by story, see docs/quality.md).
 */
const SHARED_RARE_SCALE = 30;
const STRONG_GENRES = new Set([
  'explainer',
  'live',
  'gallery',
  'digest',
  'opinion',
  'video',
  'profile',
]);

/** Measures how far two entries agree, each measure weighted by the rarity of what they share. */
export function measurePair(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  weigh: TermWeight = FLAT_WEIGHT,
): PairMeasures {
  return measureSides(prepareSide(a), prepareSide(b), memoizeWeight(weigh));
}

/**
 * A term weight that looks each term up once: the stream's rarity does not change while one
 * entry is placed, and its terms are weighed against every candidate.
 */
export function memoizeWeight(weigh: TermWeight): TermWeight {
  const weights = new Map<string, number>();
  return (term) => {
    let value = weights.get(term);
    if (value === undefined) {
      value = weigh(term);
      weights.set(term, value);
    }
    return value;
  };
}

/** measurePair of two prepared sides (see prepareSide); `weight` is called as often as needed. */
export function measureSides(sa: PairSide, sb: PairSide, weight: TermWeight): PairMeasures {
  const a = sa.features;
  const b = sb.features;
  const cross = isCrossLingual(a, b);
  const ta = termsOf(sa, cross);
  const tb = termsOf(sb, cross);
  const wa = weighTerms(sa, cross, weight);
  const wb = weighTerms(sb, cross, weight);
  const titleSim = weightedCosine(
    ta.title.length,
    ta.lead,
    wa.leadWeights,
    wa.titleNorm,
    tb.titleSet,
    wb.titleNorm,
  );
  const nameConflict = hasNameConflict(a, b, sa.names, sb.names);
  const nameMismatch = Math.min(
    measureMissing(sa.named, sa.namedTerms, sb.names, weight),
    measureMissing(sb.named, sb.namedTerms, sa.names, weight),
  );
  const numberConflict =
    a.titleNumbers.length > 0 &&
    b.titleNumbers.length > 0 &&
    !intersects(a.titleNumbers, b.titleNumbers);
  const sharedRare = squash(sumShared(ta.lead, wa.leadWeights, tb.leadSet), SHARED_RARE_SCALE);
  const missingFromB = measureDistinctMissing(wa.rarest, tb.leadSet, sb.names);
  const missingFromA = measureDistinctMissing(wb.rarest, ta.leadSet, sa.names);
  const hasEvents = a.titleEvents.length > 0 && b.titleEvents.length > 0;
  const eventAgree =
    a.titleEvents.some((e) => b.titleEvents.includes(e) || b.leadEvents.includes(e)) ||
    b.titleEvents.some((e) => a.titleEvents.includes(e) || a.leadEvents.includes(e));
  return {
    titleSim,
    leadSim: weightedCosine(
      ta.lead.length,
      ta.lead,
      wa.leadWeights,
      wa.leadNorm,
      tb.leadSet,
      wb.leadNorm,
    ),
    rareNames: weightedJaccard(sa, sb, weight),
    sharedRare,
    distinctMissing: Math.max(missingFromB, missingFromA),
    conflictingTitleSim: nameConflict ? titleSim : 0,
    agreeingRare: sharedRare * (1 - nameMismatch),
    crossTitleSim: cross ? titleSim : 0,
    nameConflict: nameConflict ? 1 : 0,
    nameMismatch,
    numberConflict: numberConflict ? 1 : 0,
    conflictingNumbersSim: numberConflict ? titleSim : 0,
    sharedNumbers: squash(sumSharedNumbers(ta.leadNumbers, tb.leadSet, weight), 6),
    eventAgree: hasEvents && eventAgree ? 1 : 0,
    eventConflict: hasEvents && !eventAgree ? 1 : 0,
    genreMismatch:
      a.genre !== b.genre && (STRONG_GENRES.has(a.genre) || STRONG_GENRES.has(b.genre)) ? 1 : 0,
    previewMismatch: (a.genre === 'preview') !== (b.genre === 'preview') ? 1 : 0,
    sameTitle: a.titleKey !== '' && a.titleKey === b.titleKey ? 1 : 0,
    daysApart: Math.min(3, hoursBetween(sa.time, sb.time) / 24),
    textOverlap:
      Math.min(a.textWords, b.textWords) >= MIN_TEXT_WORDS
        ? estimateJaccard(a.minHash, b.minHash)
        : 0,
    sharedQuotes: squash(sharedQuoteWeight(sa, sb, weight), 10),
    ...measureFacts(a, b, ta.leadSet, tb.leadSet, cross),
  };
}

/** Different languages, as the entries say or their script shows. */
export function isCrossLingual(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  return a.language !== undefined && b.language !== undefined && a.language !== b.language;
}

/** Hours between two ISO dates; infinite when either is unreadable. */
export function hoursApart(a: string, b: string): number {
  return hoursBetween(Date.parse(a), Date.parse(b));
}

/** Hours between two parsed dates (ms); infinite when either is NaN. */
export function hoursBetween(a: number, b: number): number {
  const hours = Math.abs(a - b) / 3_600_000;
  return Number.isNaN(hours) ? Number.POSITIVE_INFINITY : hours;
}

function hasNameConflict(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  namesA: Set<string>,
  namesB: Set<string>,
): boolean {
  if (a.titleNames.length === 0 || b.titleNames.length === 0) return false;
  const saidByB = (name: string) => namesB.has(name) || b.titleMentions.includes(name);
  const saidByA = (name: string) => namesA.has(name) || a.titleMentions.includes(name);
  return !a.titleNames.some(saidByB) && !b.titleNames.some(saidByA);
}

/**
 * The rarity-weighted share of a headline's rarest terms (rarestTerms) that the other side neither
 * says (headline, lead) nor names anywhere in its text.
 */
function measureDistinctMissing(
  rarest: readonly RareTerm[],
  other: Set<string>,
  otherNames: Set<string>,
): number {
  let total = 0;
  let missing = 0;
  for (const { term, weight, name } of rarest) {
    total += weight;
    if (!other.has(term) && !(name !== undefined && otherNames.has(name))) missing += weight;
  }
  return total > 0 ? missing / total : 0;
}

/**
 * Jaccard of the names of headline and lead of the two sides, each name weighted by the rarity
 * of its `e:` term (the union adds `a`'s names, then those only `b` has).
 */
function weightedJaccard(a: PairSide, b: PairSide, weight: TermWeight): number {
  let shared = 0;
  let union = 0;
  for (let i = 0; i < a.named.length; i++) {
    const w = weight(a.namedTerms[i] as string);
    union += w;
    if (b.namedSet.has(a.named[i] as string)) shared += w;
  }
  for (let i = 0; i < b.named.length; i++)
    if (!a.namedSet.has(b.named[i] as string)) union += weight(b.namedTerms[i] as string);
  return union > 0 ? shared / union : 0;
}

/**
 * Below this much rarity, names missing from the other side count as a share of it, not of their
 * own weight: one place a copy leaves out of its lead is not another story, while two or three
 * rare names the other never mentions are (a rare name weighs 5–7). Chosen by CV by story
 * (docs/quality.md): 10 and 20 did no better.
 */
const NAME_EVIDENCE_FLOOR = 15;

/**
 * The rarity-weighted share of `names` (each once, with its `e:` term) that `other` does not hold
 * (0 when there are none).
 */
function measureMissing(
  names: readonly string[],
  terms: readonly string[],
  other: Set<string>,
  weight: TermWeight,
): number {
  let total = 0;
  let missing = 0;
  for (let i = 0; i < names.length; i++) {
    const w = weight(terms[i] as string);
    total += w;
    if (!other.has(names[i] as string)) missing += w;
  }
  return total > 0 ? missing / Math.max(total, NAME_EVIDENCE_FLOOR) : 0;
}

/**
 * Cosine of two term sets, each term weighted by its rarity: the first `count` of `a`'s terms (each
 * once, in order) with their weights and the sum of their squares, against `b`'s set and sum.
 */
function weightedCosine(
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
function sumShared(
  terms: readonly string[],
  weights: readonly number[],
  other: Set<string>,
): number {
  let total = 0;
  for (let i = 0; i < terms.length; i++)
    if (other.has(terms[i] as string)) total += weights[i] as number;
  return total;
}

/** The summed weight of the number terms (in order) that `other` holds too. */
function sumSharedNumbers(
  terms: readonly string[],
  other: Set<string>,
  weight: TermWeight,
): number {
  let total = 0;
  for (const term of terms) if (other.has(term)) total += weight(term);
  return total;
}

/** The summed weight of `a`'s quotes (each time it quotes one) that `b` quotes too. */
function sharedQuoteWeight(a: PairSide, b: PairSide, weight: TermWeight): number {
  const quotes = a.features.quotes;
  if (quotes.length === 0 || b.quoteSet.size === 0) return 0;
  let total = 0;
  for (let i = 0; i < quotes.length; i++)
    if (b.quoteSet.has(quotes[i] as string)) total += weight(a.quoteTerms[i] as string);
  return total;
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((item) => b.includes(item));
}

/** 1 − e^(−x/scale): more shared evidence adds less and less, never past 1. */
function squash(value: number, scale: number): number {
  return 1 - Math.exp(-value / scale);
}
