/**
 * Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF; lone
 * surrogates): one of them in a served feed makes strict readers reject the whole document.
 */

const ILLEGAL =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const XML_ILLEGAL = new RegExp(ILLEGAL, 'g');
const XML_ILLEGAL_TEST = new RegExp(ILLEGAL);

/** True when a code point may appear in an XML 1.0 document. */
export function isXmlChar(codePoint: number): boolean {
  if (codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd) return true;
  if (codePoint < 0x20) return false;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return codePoint !== 0xfffe && codePoint !== 0xffff && codePoint <= 0x10ffff;
}

/**
 * The text with every XML-illegal character replaced (U+FFFD by default; '' removes them).
 * Returns the same string when there is nothing to do. Linear.
 */
export function xmlSafeText(text: string, replacement = '\uFFFD'): string {
  return XML_ILLEGAL_TEST.test(text) ? text.replace(XML_ILLEGAL, replacement) : text;
}
