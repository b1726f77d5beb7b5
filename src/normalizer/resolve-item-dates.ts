import type { ParsedItem } from '../model/index.js';
import { resolveEntryDate } from './resolve-entry-date.js';

export interface ItemDates {
  publishedAt: string;
  hasFeedDate: boolean;
  updatedAt?: string;
}

/** Published (else updated, else `now`) and updated dates, clamped to `now`; warnings pushed. */
export function resolveItemDates(item: ParsedItem, now: Date, warnings: string[]): ItemDates {
  const published = resolveEntryDate(item.published ?? item.updated, now);
  const updated = item.updated ? resolveEntryDate(item.updated, now) : undefined;
  for (const warning of new Set([published.warning, updated?.warning])) {
    if (warning) warnings.push(warning);
  }
  return {
    publishedAt: published.iso,
    hasFeedDate: published.fromFeed,
    updatedAt: updated?.fromFeed ? updated.iso : undefined,
  };
}
