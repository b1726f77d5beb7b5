import { buildUtcDate, parseZoneOffset } from './date-fields.js';
import { parseRfc822Date } from './rfc822-date.js';

// The localized feed dates feedparser knows: Greek RFC 822, Hungarian W3C-DTF, Korean (Nate, OnBlog).

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
