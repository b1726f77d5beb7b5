import { oneIsPreview } from './detect-genre.js';
import type { FingerprintFeatures } from './fingerprint-entry.js';
import { leadsSayTitleNumbers } from './lead-numbers.js';
import { countryConflict } from './measure-countries.js';
import {
  ageConflict,
  continuesIncident,
  dateConflict,
  eventUnsaid,
  followUp,
  locationConflict,
  outcomeOfPreview,
  placeConflict,
  quoteConflict,
  speakerConflict,
  tellsAnyEvent,
} from './measure-facts.js';
import {
  COUNTRY_SKELETONS,
  hasLeadNameConflict,
  hasNameConflict,
  hasTitleNameUnsaid,
  measureDistinctMissing,
  measureMissing,
  weightedJaccard,
} from './measure-names.js';
import { hasPersonConflict } from './measure-people.js';
import { estimateJaccard } from './min-hash.js';
import { FLAT_WEIGHT, type PairMeasures, type TermWeight } from './pair-measures.js';
import { distinctSaid, namesSaid } from './pair-said.js';
import {
  type PairSide,
  prepareSide,
  type RareTerm,
  type SideTerms,
  termsOf,
  type WeighedTerms,
  weighTerms,
} from './pair-side.js';
import { tellsChangeAndLevel } from './read-changes.js';
import { contestsDiffer } from './read-contests.js';
import { numberKindsConflict } from './read-number-kinds.js';
import { agreesApproximately } from './read-quantities.js';
import {
  sharedQuoteWeight,
  squash,
  sumShared,
  sumSharedNumbers,
  weightedCosine,
} from './weigh-overlap.js';

const MIN_TEXT_WORDS = 40;
/** Hours after which an incident's report with other counts is its update (see measureSides). */
const UPDATE_HOURS = 6;
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

/**
 * measurePair of two prepared sides (see prepareSide); `weight` is called as often as needed.
 * Called for every candidate of every entry: the measures are built as one object, with no
 * intermediate object or closure per pair (see docs/performance.md).
 */
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
  const [saidA, saidB] = namesSaid(sa, sb, cross);
  const nameConflict = hasNameConflict(a, b, sa.names, sb.names, saidA, saidB);
  const nameMismatch = Math.min(
    measureMissing(sa.named, wa.namedWeights, sb.names, saidB),
    measureMissing(sb.named, wb.namedWeights, sa.names, saidA),
  );
  // A teaser's headline holds back its facts and picks its numbers for effect (see isTeaser);
  // "17th-century" and "380-year-old" tell one age (read-quantities.ts); "up by 54" and "to 780"
  // one change (read-changes.ts).
  const teaser = a.teaser || b.teaser;
  const numberConflict =
    !teaser &&
    a.titleNumbers.length > 0 &&
    b.titleNumbers.length > 0 &&
    numberKindsConflict(a.titleNumbers, a.titleNumberKinds, b.titleNumbers, b.titleNumberKinds) &&
    !tellsChangeAndLevel(a.titleChanges, b.titleChanges) &&
    !agreesApproximately(a, a.titleNumbers, b) &&
    !agreesApproximately(b, b.titleNumbers, a) &&
    !leadsSayTitleNumbers(a, b);
  const rareNames = weightedJaccard(sa, sb, wa.namedWeights, wb.namedWeights);
  // A rare name both name (rareNames > 0) is one that either names and the other says.
  const ongoing =
    (namesAnyOf(sa, sb) || namesAnyOf(sb, sa) || namesOneCountry(a, b)) && continuesIncident(a, b);
  // An incident's counts change as it goes on ("three missing", then "two bodies found"): they
  // are not what its reports must agree on.
  const rarestA = ongoing ? withoutNumbers(wa.rarest) : wa.rarest;
  const rarestB = ongoing ? withoutNumbers(wb.rarest) : wb.rarest;
  const updatesCount = ongoing && hoursBetween(sa.time, sb.time) >= UPDATE_HOURS;
  // Across languages a side's set holds the names its sentence openings say (termsOf), which its
  // own terms do not: the lead's measures are read from each side, the larger kept, so that the
  // order of the two tells nothing.
  const [sideA, sideB] = [
    { terms: ta, weighed: wa },
    { terms: tb, weighed: wb },
  ];
  const fromEitherSide = (read: (x: WeighedSide, y: WeighedSide) => number): number =>
    cross ? Math.max(read(sideA, sideB), read(sideB, sideA)) : read(sideA, sideB);
  const sharedRare = squash(
    fromEitherSide((x, y) => sumShared(x.terms.lead, x.weighed.leadWeights, y.terms.leadSet)),
    SHARED_RARE_SCALE,
  );
  const sameTitle = a.titleKey !== '' && a.titleKey === b.titleKey;
  const hasEvents = a.titleEvents.length > 0 && b.titleEvents.length > 0;
  const eventAgree = tellsAnyEvent(a, b) || tellsAnyEvent(b, a);
  return {
    titleSim,
    leadSim: fromEitherSide((x, y) =>
      weightedCosine(
        x.terms.lead.length,
        x.terms.lead,
        x.weighed.leadWeights,
        x.weighed.leadNorm,
        y.terms.leadSet,
        y.weighed.leadNorm,
      ),
    ),
    rareNames,
    sharedRare,
    // Across languages a distinctive name the other side seems not to say is as often a
    // spelling the skeletons do not meet: the measures of names weigh that (stop 35).
    distinctMissing:
      teaser || cross
        ? 0
        : Math.max(
            measureDistinctMissing(rarestA, tb.leadSet, distinctSaid(sa, sb, tb.leadSet)),
            measureDistinctMissing(rarestB, ta.leadSet, distinctSaid(sb, sa, ta.leadSet)),
          ),
    conflictingTitleSim: nameConflict ? titleSim : 0,
    agreeingRare: sharedRare * (1 - nameMismatch),
    crossTitleSim: cross ? titleSim : 0,
    nameConflict: nameConflict ? 1 : 0,
    nameMismatch,
    numberConflict: numberConflict && !updatesCount ? 1 : 0,
    conflictingNumbersSim: numberConflict && !updatesCount ? titleSim : 0,
    sharedNumbers: squash(
      sumSharedNumbers(ta.lead, ta.leadNumberAt, wa.leadWeights, tb.leadSet),
      6,
    ),
    eventAgree: hasEvents && eventAgree ? 1 : 0,
    eventConflict: hasEvents && !eventAgree ? 1 : 0,
    crossEventConflict: cross && hasEvents && !eventAgree ? 1 : 0,
    genreMismatch:
      a.genre !== b.genre && (STRONG_GENRES.has(a.genre) || STRONG_GENRES.has(b.genre)) ? 1 : 0,
    previewMismatch: oneIsPreview(a.genre, b.genre) ? 1 : 0,
    sameTitle: sameTitle ? 1 : 0,
    // With a teaser, its first day is free (countedDays; docs/quality.md, stop 39).
    daysApart: tellOneDay(a.eventDays, b.eventDays)
      ? 0
      : countedDays(teaser, Math.min(3, hoursBetween(sa.time, sb.time) / 24)),
    textOverlap:
      Math.min(a.textWords, b.textWords) >= MIN_TEXT_WORDS
        ? estimateJaccard(a.minHash, b.minHash)
        : 0,
    sharedQuotes: squash(sharedQuoteWeight(sa, sb, weight), 10),
    placeConflict: placeConflict(a, b),
    locationConflict: locationConflict(a, b, sa.namesWithin, sb.namesWithin),
    quoteConflict: cross ? 0 : quoteConflict(a, b, ta.leadSet, tb.leadSet),
    dateConflict: dateConflict(a, b),
    eventUnsaid: eventUnsaid(a, b),
    followUp: followUp(a, b),
    outcomeOfPreview: outcomeOfPreview(a, b),
    ongoingIncident: ongoing ? 1 : 0,
    speakerConflict: speakerConflict(a, b),
    leadNameConflict: sameTitle && hasLeadNameConflict(sa, sb) ? 1 : 0,
    ageConflict: ageConflict(a, b),
    contestConflict: contestsDiffer(a.titleContests, b.titleContests) ? 1 : 0,
    countryConflict: countryConflict(a, b),
    otherPeople: !cross && hasTitleNameUnsaid(sa, sb) && hasTitleNameUnsaid(sb, sa) ? 1 : 0,
    personConflict: hasPersonConflict(
      sa,
      sb,
      [saidA, saidB],
      cross ? undefined : [ta.leadSet, tb.leadSet],
    )
      ? 1
      : 0,
  };
}

/**
 * Whether `side` names, among its headline's and lead's names, one that `other` says anywhere: a
 * report of an incident's second day names the mine or the town its first report names further
 * down.
 */
function namesAnyOf(side: PairSide, other: PairSide): boolean {
  for (const name of side.named) if (other.names.has(name)) return true;
  return false;
}

/** A side's terms and their weights, as the lead's measures read them. */
interface WeighedSide {
  terms: SideTerms;
  weighed: WeighedTerms;
}

/** Both headlines name one country ("Polish coal mine", "mine in Poland", "в Польше"). */
function namesOneCountry(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  for (const mention of a.titleMentions)
    if (COUNTRY_SKELETONS.has(mention) && b.titleMentions.includes(mention)) return true;
  return false;
}

/** The distinctive terms that are not numbers. */
function withoutNumbers(rarest: readonly RareTerm[]): readonly RareTerm[] {
  return rarest.filter(({ term }) => !term.startsWith('#:'));
}

/**
 * The days apart that count for a pair: with a teaser, those after its first day. A report a day
 * later is often a follow-up, which tells its news in its headline; a teaser's headline holds its
 * news back, and clickbait of a story runs the next morning, so its first day tells nothing of a
 * follow-up and the lead decides; days later, it is as likely another story as any pair.
 */
function countedDays(teaser: boolean, days: number): number {
  return teaser ? Math.max(0, days - 1) : days;
}

/** Both tell one event day, the same (a follow-up names its own day beside the event's). */
function tellOneDay(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 1 && b.length === 1 && a[0] === b[0];
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
