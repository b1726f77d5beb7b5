/**
 * Parses a feed date in any format feeds use: W3C-DTF / ISO 8601, RFC 822 and its deviations,
 * asctime, localized Greek/Hungarian/Korean forms, truncated ISO 8601. Undefined when none fits
 * or a field is out of range (no rollover: `31 Jun` is refused).
 */
export function parseDate(raw: string | undefined): Date | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  return (
    parseW3cDate(text) ?? parseRfc822Date(text) ?? parseLocalizedDate(text) ?? parseIsoDate(text)
  );
}

// W3C-DTF

const W3C_DATE =
  /^(\d{4})(?:-(\d{2,3})(?:-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;

/** W3C-DTF / RFC 3339 and the common space-separated variant; a missing zone means UTC. */
export function parseW3cDate(raw: string): Date | undefined {
  const match = W3C_DATE.exec(raw.trim());
  if (!match) return undefined;
  const offsetMinutes = match[7] === undefined ? 0 : parseZoneOffset(match[7]);
  if (offsetMinutes === undefined) return undefined;
  return buildUtcDate({
    year: Number(match[1]),
    month: Number(match[2] ?? 1),
    day: Number(match[3] ?? 1),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
    offsetMinutes,
  });
}

// RFC 822

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

// Localized forms

/** Greek day and month abbreviations (feedparser's table) → English, as `greek english` pairs. */
const GREEK_WORDS: ReadonlyMap<string, string> = new Map(
  (
    'Κυρ Sun,Δευ Mon,Τρι Tue,Τετ Wed,Πεμ Thu,Παρ Fri,Σαβ Sat,Ιαν Jan,Φεβ Feb,Μάώ Mar,Μαώ Mar,' +
    'Μαρ Mar,Απρ Apr,Μάι May,Μαϊ May,Μαι May,Ιούν Jun,Ιον Jun,Ιούλ Jul,Ιολ Jul,Αύγ Aug,Αυγ Aug,' +
    'Σεπ Sep,Οκτ Oct,Νοέ Nov,Νοε Nov,Δεκ Dec'
  )
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);
const HUNGARIAN_MONTHS =
  'január február március április május június július augusztus szeptember október november december'.split(
    ' ',
  );
const HUNGARIAN = /^(\d{4})-([a-záéíóöőúüű]+)-(\d{1,2})T(\d{1,2}):(\d{2})(Z|[+-]\d{2}:?\d{2})?$/i;
const KOREAN_NATE = /^(\d{4})-(\d{2})-(\d{2})\s+(오전|오후)\s+(\d{1,2}):(\d{2}):(\d{2})$/;
const KOREAN_ONBLOG = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s+(\d{1,2}):(\d{2}):(\d{2})$/;
const KOREA_OFFSET = 540;

function parseGreekDate(text: string): Date | undefined {
  if (!/[\u0370-\u03ff]/.test(text)) return undefined;
  const english = text.replace(
    /[\u0370-\u03ff\u1f00-\u1fff]+/g,
    (word) => GREEK_WORDS.get(word) ?? word,
  );
  return parseRfc822Date(english);
}

function parseHungarianDate(text: string): Date | undefined {
  const m = HUNGARIAN.exec(text);
  const month = m ? HUNGARIAN_MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1 : 0;
  const offsetMinutes = m?.[6] === undefined ? 0 : parseZoneOffset(m[6]);
  if (!m || month === 0 || offsetMinutes === undefined) return undefined;
  const [year, day, hour, minute] = [m[1], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return buildUtcDate({ year, month, day, hour, minute, offsetMinutes });
}

function parseKoreanDate(text: string): Date | undefined {
  const nate = KOREAN_NATE.exec(text);
  const m = nate ?? KOREAN_ONBLOG.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  const [hour, minute, second] = (nate ? [m[5], m[6], m[7]] : [m[4], m[5], m[6]]).map(Number) as [
    number,
    number,
    number,
  ];
  const afternoon = nate?.[4] === '오후' && hour < 12 ? 12 : 0;
  return buildUtcDate({
    year,
    month,
    day,
    hour: hour + afternoon,
    minute,
    second,
    offsetMinutes: KOREA_OFFSET,
  });
}

/** Localized dates feedparser knows: Greek RFC 822, Hungarian W3C-DTF, Korean (Nate, OnBlog). */
export function parseLocalizedDate(raw: string): Date | undefined {
  const text = raw.trim();
  return parseGreekDate(text) ?? parseHungarianDate(text) ?? parseKoreanDate(text);
}

// Truncated ISO 8601

const YYMMDD = /^(\d{2})-?(\d{2})-?(\d{2})$/;
const YYMM = /^-(\d{2})-?(\d{2})$/;
const YYDDD = /^(\d{2})(\d{3})$/;

/** A 2-digit truncated ISO 8601 year is always in the 2000s. */
function expandIsoYear(twoDigits: string): number {
  return 2000 + Number(twoDigits);
}

function buildOrdinalDate(year: number, dayOfYear: number): Date | undefined {
  const start = buildUtcDate({ year, month: 1, day: 1 });
  const lastDay = buildUtcDate({ year, month: 12, day: 31 });
  if (!start || !lastDay || dayOfYear < 1) return undefined;
  const date = new Date(start.getTime() + (dayOfYear - 1) * 86_400_000);
  return date.getTime() <= lastDay.getTime() ? date : undefined;
}

/** The truncated ISO 8601 forms some feeds use: `031231`, `03-12-31`, `-0312`, `03335` (ordinal). */
export function parseIsoDate(raw: string): Date | undefined {
  const text = raw.trim();
  const full = YYMMDD.exec(text);
  if (full)
    return buildUtcDate({
      year: expandIsoYear(full[1] ?? ''),
      month: Number(full[2]),
      day: Number(full[3]),
    });
  const monthOnly = YYMM.exec(text);
  if (monthOnly)
    return buildUtcDate({
      year: expandIsoYear(monthOnly[1] ?? ''),
      month: Number(monthOnly[2]),
      day: 1,
    });
  const ordinal = YYDDD.exec(text);
  return ordinal
    ? buildOrdinalDate(expandIsoYear(ordinal[1] ?? ''), Number(ordinal[2]))
    : undefined;
}

// Zones and calendar fields, shared by every format

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
function parseZoneOffset(token: string): number | undefined {
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

interface DateFields {
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
function buildUtcDate(fields: DateFields): Date | undefined {
  if (!isInRange(fields)) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour ?? 0, fields.minute ?? 0, Math.min(fields.second ?? 0, 59), 0);
  date.setTime(date.getTime() - (fields.offsetMinutes ?? 0) * 60_000);
  const year = date.getUTCFullYear();
  return year >= 0 && year <= MAX_YEAR ? date : undefined;
}
