import { normalizeForComparison } from './normalize-for-comparison.js';
import { joinBlocks, splitBlocks } from './split-blocks.js';

/** Shorter blocks ("Photo: AP", "Read more") may legitimately repeat. */
const MIN_COMPARABLE_LENGTH = 24;

/**
 * Keeps the first copy of each top-level block that repeats within one entry: exact copies and
 * copies that differ only in whitespace, case or markup. Short blocks are never removed.
 */
export function dedupeParagraphs(html: string): string {
  const seen = new Set<string>();
  const kept = splitBlocks(html).filter((block) => {
    const text = normalizeForComparison(block);
    const key = text.length >= MIN_COMPARABLE_LENGTH ? text : undefined;
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return joinBlocks(kept);
}
