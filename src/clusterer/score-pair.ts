import { decideOnMeasures, KEPT_APART_SCORE } from './decide-on-measures.js';
import { explainCrossLingual } from './explain-cross-lingual.js';
import type { FingerprintFeatures } from './fingerprint-entry.js';
import { siteOf } from './fingerprint-keys.js';
import { hasLeadNameConflict, hasTitleNameUnsaid } from './measure-names.js';
import { hoursBetween, isCrossLingual, measureSides, memoizeWeight } from './measure-pair.js';
import { estimateJaccard } from './min-hash.js';
import { FLAT_WEIGHT, type PairMeasures, type TermWeight } from './pair-measures.js';
import { type PairModel, SHIPPED_PAIR_MODEL } from './pair-model.js';
import { type PairSide, prepareSide } from './pair-side.js';

/** Copies are published within this many hours of each other (a few days). */
export const DEFAULT_WINDOW_HOURS = 72;
/** Shingle similarity above which two texts are the same text, reworded headline or not. */
const NEAR_VERBATIM = 0.5;
const MIN_VERBATIM_WORDS = 60;

export interface PairScore {
  /** How likely the two report one story, in [0, 1]. */
  score: number;
  /** Why, in `name:value` form: exact signals, or the measures that moved the model most. */
  signals: string[];
  /** The measures, when the pair model decided (not for exact or near-verbatim copies). */
  measures?: PairMeasures;
}

export interface ScoreContext {
  windowHours: number;
  /** The rarity of a term in the recent stream (StoryIndex.weigh); flat when unknown. */
  weight: TermWeight;
  model: PairModel;
}

export const DEFAULT_SCORE_CONTEXT: ScoreContext = {
  windowHours: DEFAULT_WINDOW_HOURS,
  weight: FLAT_WEIGHT,
  model: SHIPPED_PAIR_MODEL,
};

/**
 * How likely two entries are copies of one story, in [0, 1], with the signals that decided.
 * Same URL or content is certain; a near-verbatim text nearly so; nothing counts outside the time
 * window; otherwise the pair model weighs the measures of measurePair.
 */
export function scorePair(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  context: Partial<ScoreContext> = {},
): PairScore {
  const full = { ...DEFAULT_SCORE_CONTEXT, ...context };
  return scoreSides(prepareSide(a), prepareSide(b), {
    ...full,
    weight: memoizeWeight(full.weight),
  });
}

/**
 * scorePair of two prepared sides (prepareSide): what an entry being placed scores against each
 * candidate, its own side prepared once. `context.weight` is called for every term it weighs (pass
 * a memoizeWeight one).
 */
export function scoreSides(sa: PairSide, sb: PairSide, context: ScoreContext): PairScore {
  const { windowHours, weight, model } = context;
  const a = sa.features;
  const b = sb.features;
  if (a.url !== '' && a.url === b.url) return { score: 1, signals: ['same-url'] };
  if (a.contentHash !== '' && a.contentHash === b.contentHash)
    return { score: 1, signals: ['same-content'] };
  if (!(hoursBetween(sa.time, sb.time) <= windowHours))
    return { score: 0, signals: ['outside-window'] };
  const verbatim = measureVerbatim(a, b);
  if (verbatim !== undefined && !namesOthers(sa, sb))
    return { score: round(0.9 + verbatim / 10), signals: [`near-verbatim:${round(verbatim)}`] };
  const measures = measureSides(sa, sb, weight);
  if (isSameWireHeadline(a, b, measures))
    return { score: SAME_HEADLINE_SCORE, signals: ['same-headline'], measures };
  const decision = decideOnMeasures(
    model,
    measures,
    `${a.genre || 'report'}/${b.genre || 'report'}`,
  );
  if (RECURRING.has(a.genre) && a.genre === b.genre && decision.score > KEPT_APART_SCORE)
    return { score: KEPT_APART_SCORE, signals: [`recurring-${a.genre}`], measures };
  const signals = [...decision.signals];
  if (decision.byModel && isCrossLingual(a, b)) signals.push(...explainCrossLingual(a, b));
  return { score: decision.score, signals, measures };
}

/**
 * Genres whose items recur under one headline, each issue another: two digests ("Morning
 * briefing") or two live pages are one item only when their texts are near-verbatim (above).
 */
const RECURRING = new Set(['digest', 'live']);

/** An identical headline of a report, carried by two outlets: a wire copy. */
const SAME_HEADLINE_SCORE = 0.95;

/**
 * The same headline word for word (four words or more, see titleKey), both plain reports or both
 * of one genre, in one language, from two sites, and the leads do not name other people,
 * numbers, places, quoted names or dates: one wire story carried twice (a daily count keeps its
 * headline).
 * Recurring headlines ("Morning briefing") are digests; a template headline that names no one
 * (a verdict, a court session, a daily rate) is told of another protagonist when each lead names
 * someone the other never mentions (leadNameConflict): a wire copy names the same people.
 */
function isSameWireHeadline(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  m: PairMeasures,
): boolean {
  return (
    m.sameTitle === 1 &&
    !fromOneSite(a.url, b.url) &&
    a.genre === b.genre &&
    !RECURRING.has(a.genre) &&
    m.nameConflict === 0 &&
    m.numberConflict === 0 &&
    m.placeConflict === 0 &&
    m.quoteConflict === 0 &&
    m.dateConflict === 0 &&
    m.leadNameConflict === 0 &&
    m.ageConflict === 0
  );
}

/**
 * Whether two items of different addresses come from one site: a site does not carry its own
 * story twice, and a headline it gives twice (a verdict, a session of one court) is a template of
 * two items (the same address is one item, above).
 */
function fromOneSite(a: string, b: string): boolean {
  return a !== '' && b !== '' && siteOf(a) === siteOf(b);
}

/**
 * The shingle overlap of two long texts that are the same text, not just the same template:
 * their names and numbers do not disagree and their headline numbers do not conflict.
 */
function measureVerbatim(a: FingerprintFeatures, b: FingerprintFeatures): number | undefined {
  if (Math.min(a.textWords, b.textWords) < MIN_VERBATIM_WORDS) return undefined;
  const text = estimateJaccard(a.minHash, b.minHash);
  if (text < NEAR_VERBATIM) return undefined;
  if (overlap(a.entities, b.entities) < 0.5 || overlap(a.numbers, b.numbers) < 0.5)
    return undefined;
  const conflict =
    a.titleNumbers.length > 0 &&
    b.titleNumbers.length > 0 &&
    !a.titleNumbers.some((n) => b.titleNumbers.includes(n));
  return conflict ? undefined : text;
}

/**
 * Each side's headline, or else its lead, names someone the other never mentions: texts alike in
 * everything else are one template (wire paragraphs, a boilerplate close) told of two people, not
 * a copy — a copy names the same people.
 */
function namesOthers(sa: PairSide, sb: PairSide): boolean {
  return (hasTitleNameUnsaid(sa, sb) && hasTitleNameUnsaid(sb, sa)) || hasLeadNameConflict(sa, sb);
}

/** Shared items over the smaller list (1 when either is empty: nothing disagrees). */
function overlap(a: string[], b: string[]): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 1;
  const set = new Set(b);
  return a.filter((item) => set.has(item)).length / smaller;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
