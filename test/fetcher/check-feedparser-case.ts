import iconv from 'iconv-lite';
import type { FeedparserCase } from './read-feedparser-case.js';
import { unescapePython } from './read-feedparser-case.js';

export interface CaseVerdict {
  checked: boolean;
  passed: boolean;
  how: string;
}

/** The text feedparser's expected encoding gives, decoded independently with iconv-lite. */
function decodeAsExpected(bytes: Buffer, encoding: string): string {
  return iconv
    .decode(bytes, encoding, { stripBOM: true })
    .replace(/^(\s*<\?xml\s[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/, '$1');
}

/**
 * Decides whether our decoded text is what the case expects: same text as the expected
 * encoding gives, or the expected string present; `ord(...)` / entity cases are not decoding.
 */
export function checkFeedparserCase(
  bytes: Buffer,
  fpCase: FeedparserCase,
  text: string,
): CaseVerdict {
  const encoding = /encoding == '([^']+)'/.exec(fpCase.expect)?.[1];
  if (encoding) {
    const passed = text === decodeAsExpected(bytes, encoding);
    return { checked: true, passed, how: `same text as ${encoding}` };
  }
  const literal = /\] == '((?:[^'\\]|\\.)*)'/.exec(fpCase.expect)?.[1];
  if (literal !== undefined && !literal.includes('&#')) {
    const wanted = unescapePython(literal);
    const unescaped = text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    const passed = text.includes(wanted) || unescaped.includes(wanted);
    return { checked: true, passed, how: `contains ${JSON.stringify(wanted)}` };
  }
  if (/^not bozo$/.test(fpCase.expect)) {
    return { checked: true, passed: !text.includes('\uFFFD'), how: 'no U+FFFD' };
  }
  return { checked: false, passed: false, how: `not a decoding check: ${fpCase.expect}` };
}
