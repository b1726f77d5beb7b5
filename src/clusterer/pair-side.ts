import type { FingerprintFeatures } from './fingerprint-entry.js';
import type { TermWeight } from './measure-pair.js';

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
  /** The verbatim quotes as a set, and each quote's `q:` term (one per quote, duplicates kept). */
  quoteSet: Set<string>;
  quoteTerms: string[];
  /** Terms in the pair's language mode: same-language (`same`) or language-free (`cross`). */
  same: SideTerms | undefined;
  cross: SideTerms | undefined;
}

/** A side's headline and lead terms as one mode compares them. */
export interface SideTerms {
  /** Headline terms, each once, in order, and as a set. */
  title: string[];
  titleSet: Set<string>;
  /** Headline then lead terms, each once, in order, and as a set. */
  lead: string[];
  leadSet: Set<string>;
  /** The lead terms that are numbers (`#:`), in order. */
  leadNumbers: string[];
  /** The rarest headline terms (see rarestTerms), for the weight they were found with. */
  rarest: RareTerm[] | undefined;
  rarestWeight: TermWeight | undefined;
}

/** A distinctive headline term, its weight, and the name it stands for (`e:` terms), if any. */
export interface RareTerm {
  term: string;
  weight: number;
  name: string | undefined;
}

/** Builds what every pair of `features` shares; terms of each mode are built when first asked. */
export function prepareSide(features: FingerprintFeatures): PairSide {
  const namedSet = setOf(features.titleNames, features.leadNames);
  const named = [...namedSet];
  const names = new Set(namedSet);
  for (const entity of features.entities) names.add(entity);
  return {
    features,
    time: Date.parse(features.publishedAt),
    names,
    named,
    namedTerms: named.map((name) => `e:${name}`),
    namedSet,
    quoteSet: new Set(features.quotes),
    quoteTerms: features.quotes.map((quote) => `q:${quote}`),
    same: undefined,
    cross: undefined,
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
  const terms: SideTerms = {
    title: [...titleSet],
    titleSet,
    lead,
    leadSet,
    leadNumbers: lead.filter((term) => term.startsWith('#:')),
    rarest: undefined,
    rarestWeight: undefined,
  };
  if (cross) side.cross = terms;
  else side.same = terms;
  return terms;
}

const DISTINCT_TERMS = 3;

/**
 * The `DISTINCT_TERMS` rarest terms of the headline that may be distinctive: concepts (`c:`) left
 * out, and given names too in a same-language pair. Rarest first; of equal weight, the earlier.
 */
export function rarestTerms(side: PairSide, cross: boolean, weight: TermWeight): RareTerm[] {
  const terms = termsOf(side, cross);
  if (terms.rarest !== undefined && terms.rarestWeight === weight) return terms.rarest;
  const given = side.features.titleGivenNames;
  const skipGiven = !cross && given.length > 0;
  const rarest: RareTerm[] = [];
  for (const term of terms.title) {
    if (term.startsWith('c:') || (skipGiven && given.includes(term))) continue;
    const w = weight(term);
    // After every kept term at least as rare: a stable sort by weight, cut at DISTINCT_TERMS.
    let at = rarest.length;
    while (at > 0 && (rarest[at - 1] as RareTerm).weight < w) at--;
    if (at >= DISTINCT_TERMS) continue;
    rarest.splice(at, 0, {
      term,
      weight: w,
      name: term.startsWith('e:') ? term.slice(2) : undefined,
    });
    if (rarest.length > DISTINCT_TERMS) rarest.pop();
  }
  terms.rarest = rarest;
  terms.rarestWeight = weight;
  return rarest;
}

/** The items of `first` then of `then`, each once, in the order first met. */
function setOf(first: Iterable<string>, then: readonly string[]): Set<string> {
  const set = new Set(first);
  for (const item of then) set.add(item);
  return set;
}
