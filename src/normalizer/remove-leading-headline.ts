import { normalizeForComparison } from './normalize-for-comparison.js';
import { joinBlocks, splitBlocks } from './split-blocks.js';

/** A leaked headline may follow a short dek or a kicker, so look a few blocks in. */
const LEADING_BLOCKS = 3;

/**
 * Removes copies of the entry's title (bold, heading or plain) among the first blocks of the
 * content. A title that only starts a longer paragraph is kept.
 */
export function removeLeadingHeadline(html: string, title: string): string {
  const titleKey = normalizeForComparison(title);
  if (titleKey === '') return html;
  const blocks = splitBlocks(html);
  const kept = blocks.filter(
    (block, index) => index >= LEADING_BLOCKS || normalizeForComparison(block) !== titleKey,
  );
  return kept.length === blocks.length ? html : joinBlocks(kept);
}
