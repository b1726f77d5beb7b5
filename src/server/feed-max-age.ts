import { type ParsedFields, parse } from 'node-cron';

const MIN_FEED_MAX_AGE = 30;
const MAX_FEED_MAX_AGE = 3600;

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

const SEARCH_MINUTES = 2 * 24 * 60;

function matchesDay(fields: ParsedFields, at: Date): boolean {
  return (
    fields.month.includes(at.getMonth() + 1) &&
    fields.dayOfMonth.includes(at.getDate()) &&
    fields.dayOfWeek.includes(at.getDay())
  );
}

/**
 * Seconds from `now` to the next tick of a parsed node-cron expression (local time, as node-cron
 * runs it); undefined when no tick falls within two days. Pure: the clock is passed in.
 */
export function secondsUntilNextRun(fields: ParsedFields, now: Date): number | undefined {
  const minute = new Date(now);
  minute.setSeconds(0, 0);
  for (let step = 0; step < SEARCH_MINUTES; step++) {
    if (
      matchesDay(fields, minute) &&
      fields.hour.includes(minute.getHours()) &&
      fields.minute.includes(minute.getMinutes())
    ) {
      const base = minute.getTime();
      const second = fields.second.find((s) => base + s * 1000 > now.getTime());
      if (second !== undefined) return Math.ceil((base + second * 1000 - now.getTime()) / 1000);
    }
    minute.setMinutes(minute.getMinutes() + 1);
  }
  return undefined;
}
