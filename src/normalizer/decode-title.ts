import { collapseWhitespace } from './collapse-whitespace.js';
import { decodeEntities } from './decode-entities.js';
import { htmlToText } from './html-to-text.js';

const LEFTOVER_ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
const MAX_EXTRA_ROUNDS = 2;

/**
 * Turns a feed title into plain text: markup keeps its text, entities are decoded, and
 * double-escaped entities (`&amp;amp;`, `&amp;#8217;`) are decoded again, at most twice more.
 */
export function decodeTitle(raw: string): string {
  let text = htmlToText(raw).replace(/\n/g, ' ');
  for (let round = 0; round < MAX_EXTRA_ROUNDS && LEFTOVER_ENTITY.test(text); round++) {
    text = decodeEntities(text);
  }
  return collapseWhitespace(text);
}
