import type { FingerprintFeatures } from './fingerprint-entry.js';
import { DEFAULT_WINDOW_HOURS, scorePair } from './score-pair.js';

/** A stored entry that the candidate index returned, with the story it belongs to. */
export interface Candidate {
  entryId: number;
  storyId: number;
  features: FingerprintFeatures;
}

export interface ClusterOptions {
  /** Copies must be published within this many hours of each other. */
  windowHours: number;
  /** The pair score a story's best member must exceed for the entry to join it. */
  threshold: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  windowHours: DEFAULT_WINDOW_HOURS,
  threshold: 0.4,
};

export interface StoryChoice {
  storyId: number;
  score: number;
  signals: string[];
}

/**
 * The story `entry` belongs to, or null for a new story: the story whose best-scoring member
 * scores above the threshold; on a tie, the story with more members over it, then the lower id.
 */
export function chooseStory(
  entry: FingerprintFeatures,
  candidates: Candidate[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): StoryChoice | null {
  const best = new Map<number, StoryChoice & { support: number }>();
  for (const candidate of candidates) {
    const { score, signals } = scorePair(entry, candidate.features, options.windowHours);
    if (score <= options.threshold) continue;
    const current = best.get(candidate.storyId);
    const support = (current?.support ?? 0) + 1;
    if (current === undefined || score > current.score) {
      best.set(candidate.storyId, { storyId: candidate.storyId, score, signals, support });
    } else current.support = support;
  }
  const ranked = [...best.values()].sort(
    (x, y) => y.score - x.score || y.support - x.support || x.storyId - y.storyId,
  );
  const winner = ranked[0];
  return winner === undefined
    ? null
    : { storyId: winner.storyId, score: winner.score, signals: winner.signals };
}
