import { buildUtcDate } from './build-utc-date.js';

const YYMMDD = /^(\d{2})-?(\d{2})-?(\d{2})$/;
const YYMM = /^-(\d{2})-?(\d{2})$/;
const YYDDD = /^(\d{2})(\d{3})$/;

function expandYear(twoDigits: string): number {
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
      year: expandYear(full[1] ?? ''),
      month: Number(full[2]),
      day: Number(full[3]),
    });
  const monthOnly = YYMM.exec(text);
  if (monthOnly)
    return buildUtcDate({
      year: expandYear(monthOnly[1] ?? ''),
      month: Number(monthOnly[2]),
      day: 1,
    });
  const ordinal = YYDDD.exec(text);
  return ordinal ? buildOrdinalDate(expandYear(ordinal[1] ?? ''), Number(ordinal[2])) : undefined;
}
