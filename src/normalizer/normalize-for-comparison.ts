import { htmlToText } from './html-to-text.js';

/** The text of an HTML fragment reduced for equality tests: case, whitespace and `*` ignored. */
export function normalizeForComparison(html: string): string {
  return htmlToText(html).replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
