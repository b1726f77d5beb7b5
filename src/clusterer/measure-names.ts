import type { FingerprintFeatures } from './fingerprint-entry.js';
import type { PairSide, RareTerm } from './pair-side.js';
import { COUNTRY_IDS } from './read-country.js';
import { skeletonizeName } from './skeletonize-name.js';

/*
 * Whom and what each side names, against the other: conflicts, names the other never mentions,
 * shared rare names. Each measure weighs a name by the rarity of its `e:` term.
 */

/*
 * `saidA`, `saidB`: what else each side says of a name the other names — the words opening its
 * sentences (startMentions) in a pair of two languages, none in a pair of one (there the word
 * itself is shared, and counting it as said cost tgcontest and world-news precision).
 */

/** Both headlines name someone, and neither side mentions anyone the other's headline names. */
export function hasNameConflict(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  namesA: Set<string>,
  namesB: Set<string>,
  saidA: readonly string[] = [],
  saidB: readonly string[] = [],
): boolean {
  if (a.titleNames.length === 0 || b.titleNames.length === 0) return false;
  return (
    !saysAny(a.titleNames, namesB, b.titleMentions, saidB) &&
    !saysAny(b.titleNames, namesA, a.titleMentions, saidA)
  );
}

/** Whether a side that names `names` and mentions `mentions` (or `said`) says any of `titleNames`. */
function saysAny(
  titleNames: readonly string[],
  names: Set<string>,
  mentions: readonly string[],
  said: readonly string[],
) {
  for (const name of titleNames)
    if (names.has(name) || mentions.includes(name) || said.includes(name)) return true;
  return false;
}

/**
 * The rarity-weighted share of a headline's rarest distinctive terms (WeighedTerms.rarest) that the
 * other side does not say in its headline or lead (`other`) nor otherwise (`otherSaid`: a region
 * through a town of it).
 */
export function measureDistinctMissing(
  rarest: readonly RareTerm[],
  other: Set<string>,
  otherSaid: readonly string[] = [],
): number {
  let total = 0;
  let missing = 0;
  for (const { term, weight } of rarest) {
    total += weight;
    if (!other.has(term) && !otherSaid.includes(term)) missing += weight;
  }
  return total > 0 ? missing / total : 0;
}

/**
 * Jaccard of the names of headline and lead of the two sides, each name weighted by the rarity
 * of its `e:` term (`weightsA`, `weightsB`: WeighedTerms.namedWeights; the union adds `a`'s
 * names, then those only `b` has).
 */
export function weightedJaccard(
  a: PairSide,
  b: PairSide,
  weightsA: readonly number[],
  weightsB: readonly number[],
): number {
  let shared = 0;
  let union = 0;
  for (let i = 0; i < a.named.length; i++) {
    const w = weightsA[i] as number;
    union += w;
    if (b.namedSet.has(a.named[i] as string)) shared += w;
  }
  for (let i = 0; i < b.named.length; i++)
    if (!a.namedSet.has(b.named[i] as string)) union += weightsB[i] as number;
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
 * The rarity-weighted share of `names` (each once, with its `e:` term's weight in `weights`) that
 * `other` does not hold (0 when there are none).
 */
export function measureMissing(
  names: readonly string[],
  weights: readonly number[],
  other: Set<string>,
  otherSaid: readonly string[] = [],
): number {
  let total = 0;
  let missing = 0;
  for (let i = 0; i < names.length; i++) {
    const w = weights[i] as number;
    const name = names[i] as string;
    total += w;
    if (!other.has(name) && !otherSaid.includes(name)) missing += w;
  }
  return total > 0 ? missing / Math.max(total, NAME_EVIDENCE_FLOOR) : 0;
}

/**
 * A lead's protagonist is among its first names that neither headline names: this many are read.
 * The first alone is often the place of the court or the agency, which a copy names too.
 */
const PROTAGONIST_NAMES = 2;

/**
 * Each lead names, among its first PROTAGONIST_NAMES names that neither headline names, someone the
 * other side never mentions (as a name anywhere, or a capitalised word of its headline): under one
 * headline, another protagonist.
 */
export function hasLeadNameConflict(a: PairSide, b: PairSide): boolean {
  return namesOneUnsaid(a, b) && namesOneUnsaid(b, a);
}

function namesOneUnsaid(side: PairSide, other: PairSide): boolean {
  const { titleNames } = side.features;
  const otherTitle = other.features.titleNames;
  let read = 0;
  for (const name of side.features.leadNames) {
    if (titleNames.includes(name) || otherTitle.includes(name)) continue;
    if (!other.names.has(name) && !other.features.titleMentions.includes(name)) return true;
    if (++read >= PROTAGONIST_NAMES) return false;
  }
  return false;
}

/** The skeleton every form of a country gives (skeletonizeName): "Polish", "Польше" give Poland's. */
export const COUNTRY_SKELETONS: ReadonlySet<string> = new Set(
  [...COUNTRY_IDS].map(skeletonizeName),
);

/**
 * A name of `side`'s headline, not a country's, that `other` never mentions (as a name, or a word
 * of its headline, or in a form derived from it: "Democrat" is said by "Democratic", "Texas" by
 * "Texan"). A country tells where the news is or whose someone is ("Norway's Holtan"), not who;
 * where it conflicts, locationConflict and countryConflict tell.
 */
export function hasTitleNameUnsaid(side: PairSide, other: PairSide): boolean {
  const said = (name: string) =>
    other.names.has(name) || other.features.titleMentions.includes(name);
  return side.features.titleNames.some(
    (name) => !COUNTRY_SKELETONS.has(name) && !said(name) && !derivedForms(name).some(said),
  );
}

/**
 * A name's skeleton with an adjective's or a demonym's last consonant added or taken away
 * ("Democrat" tmkrt / "Democratic" tmkrtk, "Texas" tks / "Texan" tksn): skeletonizeName drops
 * most such endings ("Iranian" is rn as "Iran"), not -ic or -an after a consonant. Skeletons of
 * three consonants or more only: shorter ones stand for too many names.
 */
function derivedForms(skeleton: string): string[] {
  const forms: string[] = [];
  if (skeleton.length >= 3) forms.push(`${skeleton}k`, `${skeleton}n`);
  if (skeleton.length >= 4 && /[kn]$/u.test(skeleton)) forms.push(skeleton.slice(0, -1));
  return forms;
}
