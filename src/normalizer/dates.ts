import { buildUtcDate, parseZoneOffset } from './date-fields.js';
import { parseLocalizedDate } from './localized-dates.js';
import { parseRfc822Date } from './rfc822-date.js';

export { parseLocalizedDate } from './localized-dates.js';
export { parseRfc822Date } from './rfc822-date.js';

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
