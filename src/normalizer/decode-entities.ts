import { HTML_ENTITIES } from './html-entities.js';

const MAX_ENTITY_LENGTH = 32;

/** Decodes one character reference body (`amp`, `#39`, `#x2019`); undefined when unknown. */
function decodeReference(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = hex ? body.slice(2) : body.slice(1);
    if (!(hex ? /^[0-9a-f]{1,6}$/i : /^[0-9]{1,7}$/).test(digits)) return undefined;
    const codePoint = Number.parseInt(digits, hex ? 16 : 10);
    const valid =
      codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : '\uFFFD';
  }
  const codePoint = HTML_ENTITIES.get(body);
  return codePoint === undefined ? undefined : String.fromCodePoint(codePoint);
}

/** Decodes HTML character references in one pass; unknown ones are kept verbatim. Linear time. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let from = 0;
  let amp = text.indexOf('&');
  while (amp !== -1) {
    const window = text.slice(amp + 1, amp + 1 + MAX_ENTITY_LENGTH);
    const semi = window.indexOf(';') === -1 ? -1 : amp + 1 + window.indexOf(';');
    const body = semi === -1 ? undefined : text.slice(amp + 1, semi);
    const decoded = body === undefined ? undefined : decodeReference(body);
    if (decoded !== undefined) {
      out += text.slice(from, amp) + decoded;
      from = semi + 1;
    }
    amp = text.indexOf('&', decoded !== undefined ? from : amp + 1);
  }
  return out + text.slice(from);
}
