import { createHash } from 'node:crypto';

/** sha256 of a UTF-8 string, hex. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
