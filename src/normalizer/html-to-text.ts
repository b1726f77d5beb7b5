import { decodeEntities } from './decode-entities.js';

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
  let quote = '';
  const limit = Math.min(html.length, start + MAX_QUOTED_TAG_LENGTH);
  for (let i = start + 1; i < limit; i++) {
    const c = html[i];
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return html.indexOf('>', start + 1);
}

function readTagName(html: string, start: number): { name: string; closing: boolean } {
  const closing = html[start + 1] === '/';
  const match = /^[A-Za-z][A-Za-z0-9:-]*/.exec(html.slice(start + (closing ? 2 : 1), start + 40));
  return { name: match ? match[0].toLowerCase() : '', closing };
}

/** Converts HTML to plain text: one line per block, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    parts.push(decodeEntities(html.slice(i, textEnd)).replace(/\s+/g, ' '));
    if (lt === -1) break;
    i = skipMarkup(html, lower, lt, parts);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Consumes the markup starting at `lt`; returns the index after it. */
function skipMarkup(html: string, lower: string, lt: number, parts: string[]): number {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end === -1 ? html.length : end + 3;
  }
  if (!/[A-Za-z/!?]/.test(html[lt + 1] ?? '')) {
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
  const close = lower.indexOf(`</${name}`, end + 1);
  if (close === -1) return html.length;
  const closeEnd = html.indexOf('>', close);
  return closeEnd === -1 ? html.length : closeEnd + 1;
}
