import { buildUtcDate, type DateFields, parseZoneOffset } from './date-fields.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/;
const SLASHED_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

type Partial822 = Partial<DateFields> & { sawTime?: boolean };

function parseMonth(token: string): number | undefined {
  const lower = token.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  return index !== -1 && /^[a-z]+\.?$/.test(lower) ? index + 1 : undefined;
}

/** A 2-digit RFC 822 year pivots at 70 (`69` → 2069, `70` → 1970); 4 digits are kept. */
function expandRfc822Year(token: string): number | undefined {
  if (token.length === 2) return 2000 + Number(token) - (Number(token) >= 70 ? 100 : 0);
  return token.length === 4 ? Number(token) : undefined;
}

/** Folds one token into the fields; false when the token cannot belong to a date. */
function applyToken(fields: Partial822, token: string): boolean {
  const time = TIME.exec(token);
  const slashed = SLASHED_DATE.exec(token);
  const month = parseMonth(token);
  if (time && !fields.sawTime) {
    Object.assign(fields, {
      hour: Number(time[1]),
      minute: Number(time[2]),
      second: Number(time[3] ?? 0),
      sawTime: true,
    });
  } else if (slashed && fields.year === undefined) {
    Object.assign(fields, {
      year: Number(slashed[1]),
      month: Number(slashed[2]),
      day: Number(slashed[3]),
    });
  } else if (/^\d{1,2}$/.test(token) && fields.day === undefined) {
    fields.day = Number(token);
  } else if (/^\d{2}(?:\d{2})?$/.test(token) && fields.year === undefined) {
    fields.year = expandRfc822Year(token);
  } else if (month !== undefined && fields.month === undefined) {
    fields.month = month;
  } else if (
    fields.sawTime &&
    fields.offsetMinutes === undefined &&
    parseZoneOffset(token) !== undefined
  ) {
    fields.offsetMinutes = parseZoneOffset(token);
  } else if (fields.sawTime && fields.offsetMinutes === undefined && /^[a-z]{1,5}$/i.test(token)) {
    fields.offsetMinutes = 0; // an unknown zone name: keep the date, read it as UTC
  } else {
    return false;
  }
  return true;
}

/**
 * RFC 822 / RFC 1123 dates and their common deviations: 2-digit years, missing seconds or time,
 * long month names, month before day, `Etc/GMT`, `GMT-01:01`, US zone letters, extra commas,
 * asctime (`Sun Jan  4 16:29:06 2004`) and `2006/09/15 08:19:53 EDT`.
 */
export function parseRfc822Date(raw: string): Date | undefined {
  const tokens = raw.replace(/,/g, ' ').trim().split(/\s+/);
  if (
    tokens[0] &&
    WEEKDAYS.includes(tokens[0].slice(0, 3).toLowerCase()) &&
    /^[a-z]+\.?$/i.test(tokens[0])
  ) {
    tokens.shift();
  }
  const fields: Partial822 = {};
  if (tokens.length === 0 || !tokens.every((token) => applyToken(fields, token))) return undefined;
  const { year, month, day } = fields;
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return buildUtcDate({ ...fields, year, month, day });
}
