/**
 * Between HTML and plain text: escaping text for HTML, decoding character references, and reading
 * the text out of markup (whole bodies, titles, and text reduced for comparisons).
 */
import { HTML_ENTITIES } from './html-entities.js';
import { isXmlChar } from './xml-safe.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const MAX_ENTITY_LENGTH = 32;

/** Decodes one character reference body (`amp`, `#39`, `#x2019`); undefined when unknown. */
function decodeReference(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = hex ? body.slice(2) : body.slice(1);
    if (!(hex ? /^[0-9a-f]{1,6}$/i : /^[0-9]{1,7}$/).test(digits)) return undefined;
    const codePoint = Number.parseInt(digits, hex ? 16 : 10);
    // Controls, surrogates and non-characters XML forbids become U+FFFD, like invalid references.
    return isXmlChar(codePoint) ? String.fromCodePoint(codePoint) : '\uFFFD';
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

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe']);
const BLOCK_ELEMENTS = new Set(
  (
    'p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre table tr section article ' +
    'header footer aside nav figure figcaption hr main address body html'
  ).split(' '),
);
/** A tag longer than this is closed at its first `>` regardless of quotes (keeps the scan linear). */
const MAX_QUOTED_TAG_LENGTH = 4096;

/** Index of the `>` closing the tag opened at `start`, honouring quoted attribute values. */
function findTagEnd(html: string, start: number): number {
  const limit = Math.min(html.length, start + MAX_QUOTED_TAG_LENGTH);
  let quote = 0;
  for (let i = start + 1; i < limit; i++) {
    const c = html.charCodeAt(i);
    if (quote) quote = c === quote ? 0 : quote;
    else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return html.indexOf('>', start + 1);
}

/** How far past `<` (or `</`) a tag name is read. */
const TAG_NAME_WINDOW = 40;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A tag name character after the first: letter, digit, `:` or `-`. */
function isNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 58) || code === 45;
}

/** The lower-cased name of the tag at `start` (letters first, read within the window). */
function readTagName(html: string, start: number): { name: string; closing: boolean } {
  const closing = html[start + 1] === '/';
  const from = start + (closing ? 2 : 1);
  const limit = Math.min(html.length, start + TAG_NAME_WINDOW);
  if (from >= limit || !isAsciiLetter(html.charCodeAt(from))) return { name: '', closing };
  let end = from + 1;
  while (end < limit && isNameChar(html.charCodeAt(end))) end++;
  return { name: html.slice(from, end).toLowerCase(), closing };
}

/** Converts HTML to plain text: one line per block, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  // The lower-cased document, made on the first skipped element (most bodies have none).
  let lower: string | undefined;
  const lowerHtml = () => {
    lower ??= html.toLowerCase();
    return lower;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i) parts.push(decodeEntities(html.slice(i, textEnd)).replace(/\s+/g, ' '));
    if (lt === -1) break;
    i = skipMarkup(html, lowerHtml, lt, parts);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Consumes the markup starting at `lt`; returns the index after it. */
function skipMarkup(html: string, lower: () => string, lt: number, parts: string[]): number {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end === -1 ? html.length : end + 3;
  }
  const next = html.charCodeAt(lt + 1);
  if (!(isAsciiLetter(next) || next === 47 || next === 33 || next === 63)) {
    parts.push('<');
    return lt + 1;
  }
  const end = findTagEnd(html, lt);
  if (end === -1) {
    parts.push(decodeEntities(html.slice(lt)).replace(/\s+/g, ' '));
    return html.length;
  }
  const { name, closing } = readTagName(html, lt);
  if (BLOCK_ELEMENTS.has(name)) parts.push('\n');
  if (closing || !SKIPPED_ELEMENTS.has(name)) return end + 1;
  const close = lower().indexOf(`</${name}`, end + 1);
  if (close === -1) return html.length;
  const closeEnd = html.indexOf('>', close);
  return closeEnd === -1 ? html.length : closeEnd + 1;
}

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

/** The text of an HTML fragment reduced for equality tests: case, whitespace and `*` ignored. */
export function normalizeForComparison(html: string): string {
  return htmlToText(html).replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Collapses every run of whitespace (incl. no-break spaces and line breaks) to one space; trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Words in a plain text (runs of letters or digits), the measure `full_text: auto` uses. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
