import type { FingerprintFeatures } from './fingerprint-entry.js';
import { type FactMeasures, measureFacts } from './measure-facts.js';
import { estimateJaccard } from './min-hash.js';

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
  const weights = new Map<string, number>();
  const weight: TermWeight = (term) => {
    let value = weights.get(term);
    if (value === undefined) {
      value = weigh(term);
      weights.set(term, value);
    }
    return value;
  };
  const cross = isCrossLingual(a, b);
  const titleA = cross ? a.titleCross : a.titleTerms;
  const titleB = cross ? b.titleCross : b.titleTerms;
  const leadA = [...titleA, ...(cross ? a.leadCross : a.leadTerms)];
  const leadB = [...titleB, ...(cross ? b.leadCross : b.leadTerms)];
  const namesA = new Set([...a.titleNames, ...a.leadNames, ...a.entities]);
  const namesB = new Set([...b.titleNames, ...b.leadNames, ...b.entities]);
  const leadSetA = new Set(leadA);
  const leadSetB = new Set(leadB);
  const titleSim = weightedCosine(titleA, titleB, weight);
  const nameConflict = hasNameConflict(a, b, namesA, namesB);
  const nameMismatch = Math.min(
    measureMissing([...a.titleNames, ...a.leadNames], namesB, weight),
    measureMissing([...b.titleNames, ...b.leadNames], namesA, weight),
  );
  const numberConflict =
    a.titleNumbers.length > 0 &&
    b.titleNumbers.length > 0 &&
    !intersects(a.titleNumbers, b.titleNumbers);
  const sharedRare = squash(
    sum([...leadSetA].filter((t) => leadSetB.has(t)).map(weight)),
    SHARED_RARE_SCALE,
  );
  const missingFromB = measureDistinctMissing(
    distinctTerms(a, titleA, cross),
    leadSetB,
    namesB,
    weight,
  );
  const missingFromA = measureDistinctMissing(
    distinctTerms(b, titleB, cross),
    leadSetA,
    namesA,
    weight,
  );
  const eventsA = new Set([...a.titleEvents]);
  const eventsB = new Set([...b.titleEvents]);
  const hasEvents = eventsA.size > 0 && eventsB.size > 0;
  const eventAgree =
    intersects(a.titleEvents, [...b.titleEvents, ...b.leadEvents]) ||
    intersects(b.titleEvents, [...a.titleEvents, ...a.leadEvents]);
  const genres = [a.genre, b.genre];
  return {
    titleSim,
    leadSim: weightedCosine(leadA, leadB, weight),
    rareNames: weightedJaccard(
      [...a.titleNames, ...a.leadNames],
      [...b.titleNames, ...b.leadNames],
      (name) => weight(`e:${name}`),
    ),
    sharedRare,
    distinctMissing: Math.max(missingFromB, missingFromA),
    conflictingTitleSim: nameConflict ? titleSim : 0,
    agreeingRare: sharedRare * (1 - nameMismatch),
    crossTitleSim: cross ? titleSim : 0,
    nameConflict: nameConflict ? 1 : 0,
    nameMismatch,
    numberConflict: numberConflict ? 1 : 0,
    conflictingNumbersSim: numberConflict ? titleSim : 0,
    sharedNumbers: squash(
      sum([...leadSetA].filter((t) => t.startsWith('#:') && leadSetB.has(t)).map((t) => weight(t))),
      6,
    ),
    eventAgree: hasEvents && eventAgree ? 1 : 0,
    eventConflict: hasEvents && !eventAgree ? 1 : 0,
    genreMismatch: a.genre !== b.genre && genres.some((genre) => STRONG_GENRES.has(genre)) ? 1 : 0,
    previewMismatch: (a.genre === 'preview') !== (b.genre === 'preview') ? 1 : 0,
    sameTitle: a.titleKey !== '' && a.titleKey === b.titleKey ? 1 : 0,
    daysApart: Math.min(3, hoursApart(a.publishedAt, b.publishedAt) / 24),
    textOverlap:
      Math.min(a.textWords, b.textWords) >= MIN_TEXT_WORDS
        ? estimateJaccard(a.minHash, b.minHash)
        : 0,
    sharedQuotes: squash(sum(sharedItems(a.quotes, b.quotes).map((q) => weight(`q:${q}`))), 10),
    ...measureFacts(a, b, leadSetA, leadSetB, cross),
  };
}

/** Different languages, as the entries say or their script shows. */
export function isCrossLingual(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  return a.language !== undefined && b.language !== undefined && a.language !== b.language;
}

/** Hours between two ISO dates; infinite when either is unreadable. */
export function hoursApart(a: string, b: string): number {
  const hours = Math.abs(Date.parse(a) - Date.parse(b)) / 3_600_000;
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

/** A headline's terms that may be distinctive: its given names left out (same language only). */
function distinctTerms(features: FingerprintFeatures, title: string[], cross: boolean): string[] {
  const given = features.titleGivenNames;
  if (cross || given.length === 0) return title;
  return title.filter((term) => !given.includes(term));
}

const DISTINCT_TERMS = 3;

/**
 * The rarity-weighted share of the `DISTINCT_TERMS` rarest terms of a headline that the other side
 * neither says (headline, lead) nor names anywhere in its text.
 */
function measureDistinctMissing(
  title: string[],
  other: Set<string>,
  otherNames: Set<string>,
  weight: TermWeight,
): number {
  const rarest = [...new Set(title)]
    .filter((term) => !term.startsWith('c:'))
    .map((term) => [term, weight(term)] as const)
    .sort((x, y) => y[1] - x[1])
    .slice(0, DISTINCT_TERMS);
  let total = 0;
  let missing = 0;
  for (const [term, w] of rarest) {
    total += w;
    if (!other.has(term) && !(term.startsWith('e:') && otherNames.has(term.slice(2)))) missing += w;
  }
  return total > 0 ? missing / total : 0;
}

/** Jaccard of two sets, each item weighted. */
function weightedJaccard(a: string[], b: string[], weigh: (item: string) => number): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  let union = 0;
  for (const item of new Set([...setA, ...setB])) {
    const w = weigh(item);
    union += w;
    if (setA.has(item) && setB.has(item)) shared += w;
  }
  return union > 0 ? shared / union : 0;
}

/**
 * Below this much rarity, names missing from the other side count as a share of it, not of their
 * own weight: one place a copy leaves out of its lead is not another story, while two or three
 * rare names the other never mentions are (a rare name weighs 5–7). Chosen by CV by story
 * (docs/quality.md): 10 and 20 did no better.
 */
const NAME_EVIDENCE_FLOOR = 15;

/** The rarity-weighted share of `names` that `other` does not hold (0 when there are none). */
function measureMissing(names: string[], other: Set<string>, weight: TermWeight): number {
  let total = 0;
  let missing = 0;
  for (const name of new Set(names)) {
    const w = weight(`e:${name}`);
    total += w;
    if (!other.has(name)) missing += w;
  }
  return total > 0 ? missing / Math.max(total, NAME_EVIDENCE_FLOOR) : 0;
}

/** Cosine of two term sets, each term weighted by its rarity. */
function weightedCosine(a: string[], b: string[], weight: TermWeight): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const term of new Set(a)) {
    const w = weight(term) ** 2;
    normA += w;
    if (setB.has(term)) dot += w;
  }
  for (const term of setB) normB += weight(term) ** 2;
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

function sharedItems(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0 || b.length === 0) return [];
  const set = new Set(b);
  return a.filter((item) => set.has(item));
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((item) => b.includes(item));
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** 1 − e^(−x/scale): more shared evidence adds less and less, never past 1. */
function squash(value: number, scale: number): number {
  return 1 - Math.exp(-value / scale);
}
