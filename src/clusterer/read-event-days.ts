/**
 * The day of the event a report tells, as `month-day`, from what its headline and lead say of
 * it: a weekday ("on Tuesday", "во вторник", "у аўторак"), "yesterday" or "today", read back from
 * the publication date. A wire's report of the evening and a translation the next morning are
 * published a day apart and tell the same Tuesday: the days between their publications say
 * nothing of a follow-up (measurePair's daysApart). Only a day at most `daysBefore` days before
 * the publication counts: a follow-up days later names the event's day as its background
 * ("released on Wednesday", told on Saturday). Calendar dates are left out: a dateline ("Dec 17")
 * or the day a rule takes effect ("з 17 снежня") names a day of two different events alike.
 * Read at fingerprint time (FingerprintFeatures.eventDays).
 */

const DAY_MS = 86_400_000;
/** How many days back a weekday may point: within the week before the publication. */
const WEEK = 7;

/** Weekday words (0 = Sunday, as Date.getUTCDay), in the forms "on/в/у <day>" gives them. */
const WEEKDAYS: [RegExp, number][] = [
  [/\bsundays?\b|(?<!\p{L})(?:воскресенье|воскресенья|нядзелю|нядзеля)(?!\p{L})/iu, 0],
  [/\bmondays?\b|(?<!\p{L})(?:понедельник|панядзелак)(?!\p{L})/iu, 1],
  [/\btuesdays?\b|(?<!\p{L})(?:вторник|аўторак)(?!\p{L})/iu, 2],
  [/\bwednesdays?\b|(?<!\p{L})(?:среду|среда|сераду|серада)(?!\p{L})/iu, 3],
  [/\bthursdays?\b|(?<!\p{L})(?:четверг|чацвер)(?!\p{L})/iu, 4],
  [/\bfridays?\b|(?<!\p{L})(?:пятницу|пятница|пятніцу|пятніца)(?!\p{L})/iu, 5],
  [/\bsaturdays?\b|(?<!\p{L})(?:субботу|суббота|суботу|субота)(?!\p{L})/iu, 6],
];
const YESTERDAY = /\byesterday\b|(?<!\p{L})(?:вчера|учора|ўчора)(?!\p{L})/iu;
const TODAY = /\btoday\b|(?<!\p{L})(?:сегодня|сёння)(?!\p{L})/iu;

/** The event days of `text` published at `publishedAt`; none when that time is unknown. */
export function readEventDays(text: string, publishedAt: string, daysBefore: number): string[] {
  const published = Date.parse(publishedAt);
  if (Number.isNaN(published)) return [];
  const days = new Set<string>();
  const back = (count: number) => {
    if (count <= daysBefore) days.add(monthDay(published - count * DAY_MS));
  };
  const weekday = new Date(published).getUTCDay();
  for (const [pattern, day] of WEEKDAYS)
    if (pattern.test(text)) back((weekday - day + WEEK) % WEEK);
  if (YESTERDAY.test(text)) back(1);
  if (TODAY.test(text)) back(0);
  return [...days];
}

function monthDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCMonth() + 1}-${date.getUTCDate()}`;
}
