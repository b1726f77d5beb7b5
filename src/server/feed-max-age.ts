import { type ParsedFields, parse } from 'node-cron';
import { secondsUntilNextRun } from './seconds-until-next-run.js';

export const MIN_FEED_MAX_AGE = 30;
export const MAX_FEED_MAX_AGE = 3600;

/**
 * `Cache-Control: max-age` for feeds: a feed only changes after a poll tick, so a reader may keep
 * it until the next tick of `poll.schedule`, bounded to [30 s, 1 h]. Keeps the parsed schedule
 * (parsing costs ~0.1 ms, more than the rest of a cached request) until the schedule changes.
 */
export class FeedMaxAge {
  private schedule = '';
  private fields: ParsedFields | undefined;
  /** The answer for one wall-clock second: requests in the same second share it. */
  private second = -1;
  private answer = MAX_FEED_MAX_AGE;

  compute(schedule: string, now: Date): number {
    if (!this.fields || schedule !== this.schedule) {
      this.fields = parse(schedule);
      this.schedule = schedule;
      this.second = -1;
    }
    const second = Math.floor(now.getTime() / 1000);
    if (second !== this.second) {
      const seconds = secondsUntilNextRun(this.fields, now) ?? MAX_FEED_MAX_AGE;
      this.answer = Math.min(MAX_FEED_MAX_AGE, Math.max(MIN_FEED_MAX_AGE, seconds));
      this.second = second;
    }
    return this.answer;
  }
}
