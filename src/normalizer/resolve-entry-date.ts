import { parseDate } from './dates.js';

export interface EntryDate {
  /** ISO 8601 UTC. */
  iso: string;
  fromFeed: boolean;
  warning?: string;
}

/**
 * The date to store for a raw feed date: parsed when valid, else `now` (fromFeed false); a date
 * in the future is clamped to `now`.
 */
export function resolveEntryDate(raw: string | undefined, now: Date): EntryDate {
  const parsed = parseDate(raw);
  if (!parsed) {
    const warning = raw?.trim()
      ? `normalizer: unparseable date ${JSON.stringify(raw.slice(0, 80))}`
      : undefined;
    return { iso: now.toISOString(), fromFeed: false, ...(warning ? { warning } : {}) };
  }
  if (parsed.getTime() > now.getTime()) {
    return {
      iso: now.toISOString(),
      fromFeed: true,
      warning: 'normalizer: future date clamped to fetch time',
    };
  }
  return { iso: parsed.toISOString(), fromFeed: true };
}
