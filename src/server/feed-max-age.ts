import { secondsUntilNextRun } from './seconds-until-next-run.js';

export const MIN_FEED_MAX_AGE = 30;
export const MAX_FEED_MAX_AGE = 3600;

/**
 * `Cache-Control: max-age` for a feed: a feed only changes after a poll tick, so a reader may keep
 * it until the next tick of `poll.schedule`, bounded to [30 s, 1 h].
 */
export function computeFeedMaxAge(schedule: string, now: Date): number {
  const seconds = secondsUntilNextRun(schedule, now) ?? MAX_FEED_MAX_AGE;
  return Math.min(MAX_FEED_MAX_AGE, Math.max(MIN_FEED_MAX_AGE, seconds));
}
