import {
  type ClusterOptions,
  chooseStory,
  DEFAULT_CLUSTER_OPTIONS,
  type StoryChoice,
} from './choose-story.js';
import type { Fingerprint } from './fingerprint-entry.js';
import type { StoryIndex } from './story-index.js';

/** A window wide enough to hold any store: an entry without a usable date has no time. */
const ANY_TIME_HOURS = 100 * 366 * 24;
/** Without time agreement, an undated entry needs a stronger score to join a story. */
const UNDATED_THRESHOLD = 0.8;

/**
 * The story an entry joins (null: a new one). An entry whose feed gave no usable date (dated by
 * fetch time, e.g. "31 Jun") cannot agree in time with anything: it is compared with entries of
 * any date in the index but joins only on stronger evidence.
 */
export function placeInIndex(
  index: StoryIndex,
  fingerprint: Fingerprint,
  dated: boolean,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): StoryChoice | null {
  if (dated) return chooseStory(fingerprint, index, options);
  const threshold = Math.max(options.threshold, UNDATED_THRESHOLD);
  return chooseStory(fingerprint, index, { ...options, windowHours: ANY_TIME_HOURS, threshold });
}
