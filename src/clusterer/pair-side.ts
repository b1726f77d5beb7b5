import type { FingerprintFeatures } from './fingerprint-entry.js';
import type { TermWeight } from './pair-measures.js';
import { heldIds, idsOf, weighById } from './side-term-ids.js';

/**
 * One side of a pair, with what measurePair needs of it built once: its term sets, its names, its
 * rarest headline terms. A new entry is compared with some two dozen members while it is placed;
 * preparing it once (prepareSide) spares rebuilding the same sets for every pair. Lists keep the
 * order of the fingerprint (first occurrence), so sums over them add in the same order as before.
 */
export interface PairSide {
  features: FingerprintFeatures;
  /** Date.parse of publishedAt (NaN when unreadable). */
  time: number;
  /** Names of headline, lead and text (entities), as a set. */
  names: Set<string>;
  /** Names of headline and lead, each once, in order; their `e:` terms; as a set. */
  named: string[];
  namedTerms: string[];
  namedSet: Set<string>;
  /** The `e:` terms' ids (termId), -1 for one the entry does not hold itself: weighed by string. */
  namedIds: Int32Array | undefined;
  /** The verbatim quotes as a set, and each quote's `q:` term (one per quote, duplicates kept). */
  quoteSet: Set<string>;
  quoteTerms: string[];
  /** Terms in the pair's language mode: same-language (`same`) or language-free (`cross`). */
  same: SideTerms | undefined;
  cross: SideTerms | undefined;
  /** A term's id in the story index's table, for a side of an entry the index holds. */
  termId: ((term: string) => number | undefined) | undefined;
  /** The larger places the side's places say (placesWithin): their name skeletons and terms. */
  namesWithin: string[];
  termsWithin: string[];
  /** The headline's places (placesInside): each one's term and a larger place's term, in step. */
  insideTerms: string[];
  insideContainers: string[];
}

/** A side's headline and lead terms as one mode compares them. */
export interface SideTerms {
  /** Headline terms, each once, in order, and as a set. */
  title: string[];
  titleSet: Set<string>;
  /** Headline then lead terms, each once, in order, and as a set. */
  lead: string[];
  leadSet: Set<string>;
  /** Where in `lead` the terms that are numbers (`#:`) are, in order. */
  leadNumberAt: number[];
  /** The lead terms' ids (PairSide.termId; -1 for a term the table lacks), when the side has ids. */
  leadIds: Int32Array | undefined;
  /** Where in `title` the terms that may be distinctive are (see mayBeDistinct), in order. */
  distinctAt: number[];
  /** The terms' weights, for the one weight they were last weighed with (see weighTerms). */
  weighed: WeighedTerms | undefined;
}

/** A side's terms weighed: lead weights in `lead` order (the headline's are its first ones). */
export interface WeighedTerms {
  weight: TermWeight;
  leadWeights: number[];
  /** The weights of the side's names' `e:` terms (PairSide.namedTerms), in order. */
  namedWeights: number[];
  /** Sums of the squared weights of the headline terms and of the lead terms. */
  titleNorm: number;
  leadNorm: number;
  /** The rarest headline terms (see weighTerms). */
  rarest: RareTerm[];
}

/** A distinctive headline term and its weight. */
export interface RareTerm {
  term: string;
  weight: number;
}

/**
 * A term weight that can also weigh a term by its id in the story index's table (`ofId`, equal to
 * the weight of the term's string): a side of a held entry is weighed by its term ids, without
 * looking each string up again in every placement.
 */
export type TermWeightById = TermWeight & { ofId?: (id: number) => number };

/**
 * Builds what every pair of `features` shares; terms of each mode are built when first asked.
 * `termId`: the story index's ids of the terms of an entry it holds (see TermWeightById).
 */
export function prepareSide(
  features: FingerprintFeatures,
  termId?: (term: string) => number | undefined,
): PairSide {
  const namedSet = setOf(features.titleNames, features.leadNames);
  const named = [...namedSet];
  const names = new Set(namedSet);
  for (const entity of features.entities) names.add(entity);
  const namedTerms = named.map((name) => `e:${name}`);
  return {
    features,
    time: Date.parse(features.publishedAt),
    names,
    named,
    namedTerms,
    namedSet,
    namedIds: termId && heldIds(features, namedTerms, termId),
    quoteSet: new Set(features.quotes),
    quoteTerms: features.quotes.map((quote) => `q:${quote}`),
    same: undefined,
    cross: undefined,
    termId,
    namesWithin: features.placesWithin.map((entry) => entry.split(' ')[0] as string),
    termsWithin: features.placesWithin.map((entry) => entry.split(' ')[1] as string),
    insideTerms: features.placesInside.map((entry) => entry.split(' ')[0] as string),
    insideContainers: features.placesInside.map((entry) => entry.split(' ')[1] as string),
  };
}

/** The side's terms for a same-language (`cross` false) or cross-language pair. */
export function termsOf(side: PairSide, cross: boolean): SideTerms {
  const held = cross ? side.cross : side.same;
  if (held !== undefined) return held;
  const f = side.features;
  const titleSet = new Set(cross ? f.titleCross : f.titleTerms);
  const leadSet = setOf(titleSet, cross ? f.leadCross : f.leadTerms);
  const lead = [...leadSet];
  const title = [...titleSet];
  // Across languages a word that opens a sentence says a name the other side names (names15):
  // the other side finds it here ("Lapitski scores twice…" says the "…дубль Лапицкого" of its
  // translation), though it is no term of this side's own (not weighed, not in its norms).
  if (cross) for (const mention of f.startMentions) leadSet.add(`e:${mention}`);
  const distinctAt: number[] = [];
  for (let i = 0; i < title.length; i++)
    if (mayBeDistinct(title[i] as string, f, cross)) distinctAt.push(i);
  const terms: SideTerms = {
    title,
    titleSet,
    lead,
    leadSet,
    leadNumberAt: lead.flatMap((term, i) => (term.startsWith('#:') ? [i] : [])),
    leadIds: side.termId && idsOf(lead, side.termId),
    distinctAt,
    weighed: undefined,
  };
  if (cross) side.cross = terms;
  else side.same = terms;
  return terms;
}

const DISTINCT_TERMS = 3;

/**
 * Whether a headline term may be one of the side's distinctive terms: what a rewrite of the
 * report keeps, who, where and how many. A number is; a word only when it names someone or
 * somewhere (not a given name, which a rewrite drops): a rewrite changes the other words
 * ("hammers", "slams", "lends a hand to"), and those, said by this side alone, were its rarest
 * terms (docs/quality.md, stop 35). Concepts (`c:`) never are, and across languages no term is
 * (measureSides).
 */
function mayBeDistinct(term: string, f: FingerprintFeatures, cross: boolean): boolean {
  if (cross || term.startsWith('c:')) return false;
  if (term.startsWith('#:')) return true;
  return f.titleNameTerms.includes(term) && !f.titleGivenNames.includes(term);
}

/**
 * The side's terms weighed by `weight`, kept for the next pair weighed with the same function.
 * `rarest`: the `DISTINCT_TERMS` rarest headline terms that may be distinctive (mayBeDistinct);
 * rarest first, of equal weight the earlier.
 */
export function weighTerms(side: PairSide, cross: boolean, weight: TermWeightById): WeighedTerms {
  const terms = termsOf(side, cross);
  if (terms.weighed !== undefined && terms.weighed.weight === weight) return terms.weighed;
  const leadWeights = weighById(terms.lead, terms.leadIds, weight);
  const titleCount = terms.title.length;
  // Each sum in the order of the terms, as before the two were summed in one loop.
  let titleNorm = 0;
  let leadNorm = 0;
  for (let i = 0; i < leadWeights.length; i++) {
    const square = (leadWeights[i] as number) ** 2;
    if (i < titleCount) titleNorm += square;
    leadNorm += square;
  }
  const { distinctAt } = terms;
  const rarest: RareTerm[] = [];
  for (let k = 0; k < distinctAt.length; k++) {
    const i = distinctAt[k] as number;
    const w = leadWeights[i] as number;
    // After every kept term at least as rare: a stable sort by weight, cut at DISTINCT_TERMS.
    let at = rarest.length;
    while (at > 0 && (rarest[at - 1] as RareTerm).weight < w) at--;
    if (at >= DISTINCT_TERMS) continue;
    rarest.splice(at, 0, { term: terms.title[i] as string, weight: w });
    if (rarest.length > DISTINCT_TERMS) rarest.pop();
  }
  const namedWeights = weighById(side.namedTerms, side.namedIds, weight);
  terms.weighed = { weight, leadWeights, namedWeights, titleNorm, leadNorm, rarest };
  return terms.weighed;
}

/**
 * Drops the side's weighed terms: they hold the weight function of one placement (and its memo of
 * every term it weighed), which a side kept for the next placements must not keep alive.
 */
export function forgetWeights(side: PairSide): void {
  if (side.same !== undefined) side.same.weighed = undefined;
  if (side.cross !== undefined) side.cross.weighed = undefined;
}

/** The items of `first` then of `then`, each once, in the order first met. */
function setOf(first: Iterable<string>, then: readonly string[]): Set<string> {
  const set = new Set(first);
  for (const item of then) set.add(item);
  return set;
}
