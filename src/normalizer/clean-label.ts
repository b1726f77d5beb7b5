import { decodeTitle } from './html-to-text.js';
import { repairMojibake } from './repair-mojibake.js';

/** A one-line text field (title, author, category) as plain, repaired, collapsed text. */
export function cleanLabel(raw: string | undefined): string {
  return raw ? repairMojibake(decodeTitle(raw)) : '';
}
