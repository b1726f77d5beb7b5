// Zones and calendar fields, shared by every date format: a zone token to minutes east of UTC,
// and validated calendar fields to a UTC instant (no rollover: 31 June is refused).

/** Named zones of RFC 822 and common practice, in minutes east of UTC, as `NAME minutes` pairs. */
const NAMED_ZONES: ReadonlyMap<string, number> = new Map(
  (
    'UT 0,UTC 0,GMT 0,Z 0,WET 0,BST 60,CET 60,MET 60,CEST 120,MEST 120,EET 120,EEST 180,MSK 180,' +
    'EST -300,EDT -240,CST -360,CDT -300,MST -420,MDT -360,PST -480,PDT -420,AST -240,ADT -180,' +
    'AT -240,ET -300,CT -360,MT -420,PT -480,HST -600,AKST -540,AKDT -480,JST 540,KST 540,' +
    'IST 330,AEST 600,AEDT 660'
  )
    .split(',')
    .map((pair) => [pair.split(' ')[0] ?? '', Number(pair.split(' ')[1])] as const),
);
const NUMERIC_ZONE = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * Minutes east of UTC for a zone token: `Z`, `GMT`, `EST`, `+0300`, `-01:01`, `GMT+3`,
 * `Etc/GMT`; undefined when the token is not a zone.
 */
export function parseZoneOffset(token: string): number | undefined {
  const upper = token.toUpperCase().replace(/^ETC\//, '');
  const named = NAMED_ZONES.get(upper);
  if (named !== undefined) return named;
  const numeric = NUMERIC_ZONE.exec(upper.replace(/^(?:GMT|UTC|UT)(?=[+-])/, ''));
  if (!numeric) return undefined;
  const hours = Number(numeric[2]);
  const minutes = Number(numeric[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

export interface DateFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC. */
  offsetMinutes?: number;
}

const MAX_YEAR = 9999;

function countDaysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isInRange(fields: DateFields): boolean {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = fields;
  return (
    [year, month, day, hour, minute, second].every(Number.isInteger) &&
    year >= 0 &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= countDaysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60
  );
}

/** The UTC instant of validated calendar fields (no rollover: 31 June is refused); or undefined. */
export function buildUtcDate(fields: DateFields): Date | undefined {
  if (!isInRange(fields)) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour ?? 0, fields.minute ?? 0, Math.min(fields.second ?? 0, 59), 0);
  date.setTime(date.getTime() - (fields.offsetMinutes ?? 0) * 60_000);
  const year = date.getUTCFullYear();
  return year >= 0 && year <= MAX_YEAR ? date : undefined;
}
