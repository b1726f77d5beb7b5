import type { Fingerprint, FingerprintFeatures } from './fingerprint-entry.js';
import { type PairModel, SHIPPED_PAIR_MODEL } from './pair-model.js';
import { forgetWeights, type PairSide, prepareSide } from './pair-side.js';
import {
  DEFAULT_WINDOW_HOURS,
  type PairScore,
  type ScoreContext,
  scoreSides,
} from './score-pair.js';
import type { MemberSide, StoryIndex } from './story-index.js';

export interface ClusterOptions {
  /** Copies must be published within this many hours of each other. */
  windowHours: number;
  /** The story score an entry must exceed to join a story. */
  threshold: number;
  /** The pair model (the shipped one unless an evaluation trains its own). */
  model: PairModel;
  /**
   * The story score a second story must exceed for the entry to bridge it (`bridged`) when the
   * two stories do not agree with each other (see storiesAgree): a merge joins every member of
   * one story with every member of the other, so it asks the stronger evidence an undated entry
   * needs to join.
   */
  bridgeThreshold: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  windowHours: DEFAULT_WINDOW_HOURS,
  threshold: 0.65,
  model: SHIPPED_PAIR_MODEL,
  bridgeThreshold: 0.8,
};

export interface StoryChoice {
  storyId: number;
  score: number;
  signals: string[];
  /** The member the entry agreed with most. */
  entryId: number;
  /**
   * Other stories the entry agrees with as well (over the threshold, lowest id first): one story
   * that arrived in an unlucky order (A and C did not match, B matches both), which the entry
   * bridges. Empty for most entries.
   */
  bridged: number[];
  /** Every candidate story's score for the entry, the winner's included (see findLateCopies). */
  scores: Map<number, number>;
}

/** A candidate story's score for an entry, as weighStory gives it. */
type StoryScore = Pick<StoryChoice, 'storyId' | 'score' | 'signals' | 'entryId'>;

/** Members of a story an entry is compared with: the first ones and the latest. */
const MAX_MEMBERS = 12;
/** A story's score is its best member's, at most this much above its members' average. */
const MEMBER_MARGIN = 0.3;
/** Exact and near-verbatim copies join whatever the rest of the story says. */
const EXACT = /^(?:same-url|same-content|near-verbatim)/u;

/**
 * The story `fingerprint` belongs to, or null for a new story. Candidates come from the index;
 * each candidate story is scored against its members, not just the one that matched: an entry
 * joins when it agrees with the story as a whole (its best member and its members on average),
 * so that A–B and B–C do not chain A and C. The best story wins (on a tie, the one the index
 * ranked first); another story the entry agrees with over `bridgeThreshold`, or over `threshold`
 * when the two stories agree with each other (storiesAgree), is `bridged`: it and the winner are
 * one story that arrived in an unlucky order.
 */
export function chooseStory(
  fingerprint: Fingerprint,
  index: StoryIndex,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): StoryChoice | null {
  const candidates = index.candidateStories(fingerprint, options.windowHours);
  return chooseAmong(fingerprint.features, candidates, index, options);
}

/** An entry about to join a story, not yet held by the index: a member of it all the same. */
export interface Joining {
  storyId: number;
  member: MemberSide;
}

/**
 * chooseStory among the given candidate stories (`storyIds`, in the index's rank order): what
 * an entry the index holds chooses when it is placed again (see findLateCopies), with the entry
 * `joining` a story counted among its members.
 */
export function chooseAmong(
  features: FingerprintFeatures,
  storyIds: readonly number[],
  index: StoryIndex,
  options: ClusterOptions,
  joining?: Joining,
): StoryChoice | null {
  // The index does not change while the entry is placed: each term is weighed once (the held
  // members' headline and lead terms by their ids), and the entry's own sets are built once for
  // all its candidates.
  const weight = index.placementWeight();
  const context = { windowHours: options.windowHours, weight, model: options.model };
  const entry = prepareSide(features);
  const compared: PairSide[] = [];
  const agreeing: StoryScore[] = [];
  const sidesOf = new Map<number, PairSide[]>();
  const scores = new Map<number, number>();
  for (const storyId of storyIds) {
    // Only the members compared are prepared (and kept by the index for the next placements).
    const members = index.memberSides(storyId, MAX_MEMBERS);
    if (joining?.storyId === storyId) members.push(joining.member);
    const scored = members.map((member) => {
      compared.push(member.side);
      return { entryId: member.entryId, result: scoreSides(entry, member.side, context) };
    });
    const choice = weighStory(storyId, scored);
    if (choice !== null) scores.set(storyId, choice.score);
    if (choice !== null && choice.score > options.threshold) {
      agreeing.push(choice);
      sidesOf.set(
        storyId,
        members.map((member) => member.side),
      );
    }
  }
  // The members' sides outlive this placement; its weights must not (storiesAgree weighs too).
  const winner = agreeing.length > 0 ? chooseWinner(agreeing, sidesOf, context, options) : null;
  for (const side of compared) forgetWeights(side);
  return winner === null ? null : { ...winner, scores };
}

/**
 * The best of the stories an entry agrees with (stable: of equal scores, the story the index
 * ranked first), with the others it bridges (see StoryChoice.bridged).
 */
function chooseWinner(
  agreeing: StoryScore[],
  sidesOf: ReadonlyMap<number, PairSide[]>,
  context: ScoreContext,
  options: ClusterOptions,
): Omit<StoryChoice, 'scores'> {
  agreeing.sort((x, y) => y.score - x.score);
  const winner = agreeing[0] as StoryScore;
  const own = sidesOf.get(winner.storyId) ?? [];
  const bridged = agreeing
    .slice(1)
    .filter(
      (choice) =>
        choice.score > options.bridgeThreshold ||
        storiesAgree(own, sidesOf.get(choice.storyId) ?? [], context, options.threshold),
    )
    .map((choice) => choice.storyId)
    .sort((x, y) => x - y);
  return { ...winner, bridged };
}

/** Members of each story compared when two stories an entry agrees with may be one. */
const BRIDGE_MEMBERS = 4;

/**
 * Whether two stories an entry agrees with agree with each other: one of the first members of
 * one scores over `threshold` with one of the first members of the other — as much as an entry
 * needs to join. One story that arrived in an unlucky order (a copy placed before the report it
 * matches) agrees with itself; two stories that merely share what the entry says do not.
 */
function storiesAgree(
  a: readonly PairSide[],
  b: readonly PairSide[],
  context: ScoreContext,
  threshold: number,
): boolean {
  for (const x of a.slice(0, BRIDGE_MEMBERS))
    for (const y of b.slice(0, BRIDGE_MEMBERS))
      if (scoreSides(x, y, context).score > threshold) return true;
  return false;
}

/**
 * A story's score for the entry: an exact copy of any member decides; otherwise the best member's
 * score, capped at the members' average plus MEMBER_MARGIN, so one agreeing member among many
 * that disagree is not enough.
 */
function weighStory(
  storyId: number,
  scored: { entryId: number; result: PairScore }[],
): StoryScore | null {
  if (scored.length === 0) return null;
  const ranked = [...scored].sort((x, y) => y.result.score - x.result.score);
  const best = ranked[0] as (typeof ranked)[number];
  const choice = (score: number) => ({
    storyId,
    score,
    signals: best.result.signals,
    entryId: best.entryId,
  });
  if (EXACT.test(best.result.signals[0] ?? '')) return choice(best.result.score);
  const mean = scored.reduce((sum, s) => sum + s.result.score, 0) / scored.length;
  return choice(Math.round(Math.min(best.result.score, mean + MEMBER_MARGIN) * 1000) / 1000);
}
