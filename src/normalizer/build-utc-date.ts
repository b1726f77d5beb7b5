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
