import type { ParsedFields } from 'node-cron';

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
