import { decodeEntities, escapeHtml, normalizeForComparison } from './html-to-text.js';
import { repairMojibake } from './repair-mojibake.js';
import { sanitizeContent } from './sanitize-content.js';

/**
 * The republishable HTML of an entry body: front matter stripped, mojibake repaired, plain text
 * turned into paragraphs, sanitized with URLs made absolute, leaked headline and repeated
 * paragraphs removed.
 */
export function buildContentHtml(raw: string, title: string, baseUrl?: string): string {
  const repaired = repairMojibake(stripFrontMatter(raw));
  const safe = isPlainText(repaired)
    ? convertTextToSafeHtml(repaired)
    : sanitizeContent(repaired, baseUrl);
  return removeHeadlineAndRepeats(safe, title);
}

/**
 * `dedupeParagraphs(removeLeadingHeadline(html, title))`, splitting the HTML and reading each
 * block's text once when no headline is removed (the usual case).
 */
function removeHeadlineAndRepeats(html: string, title: string): string {
  const blocks = splitBlocks(html);
  const keys = blocks.map(normalizeForComparison);
  const titleKey = normalizeForComparison(title);
  const isHeadline = (index: number) =>
    titleKey !== '' && index < LEADING_BLOCKS && keys[index] === titleKey;
  if (blocks.some((_, index) => isHeadline(index))) {
    return dedupeParagraphs(joinBlocks(blocks.filter((_, index) => !isHeadline(index))));
  }
  return joinBlocks(keepFirstCopies(blocks, keys));
}

const MAX_FRONT_MATTER_LENGTH = 4000;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const KEY_LINE = /^[A-Za-z_][\w-]*:(?:\s|$)/;
const CONTINUATION_LINE = /^(?:\s+\S|- |\s*$)/;

function isFrontMatterBody(block: string): boolean {
  const lines = block.split(/\r?\n/);
  const keyLines = lines.filter((line) => KEY_LINE.test(line)).length;
  return keyLines > 0 && lines.every((line) => KEY_LINE.test(line) || CONTINUATION_LINE.test(line));
}

/**
 * Removes a leaked YAML front-matter block (`---` … `---` of `key: value` lines) from the start
 * of a text or HTML body. Anything else is returned unchanged.
 */
export function stripFrontMatter(body: string): string {
  const start = body.search(/\S/);
  if (start === -1 || !body.startsWith('---', start)) return body;
  const match = FRONT_MATTER.exec(body.slice(start, start + MAX_FRONT_MATTER_LENGTH));
  if (!match || !isFrontMatterBody(match[1] ?? '')) return body;
  return body.slice(start + match[0].length);
}

const MARKUP = /<(?:[A-Za-z][A-Za-z0-9-]*|\/[A-Za-z][A-Za-z0-9-]*|!--)[\s/>]/;
const BOLD_LINE = /^\*\*([^*]+)\*\*$/;

/** True when the body holds no tags at all: it came in as plain text. */
export function isPlainText(body: string): boolean {
  return !MARKUP.test(body);
}

/** Escapes text the way the sanitizer writes element content: `&`, `<` and `>` only. */
function escapeElementText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

/** Turns plain text into HTML: one `<p>` per non-empty line; a `**line**` becomes bold. */
export function convertTextToHtml(text: string): string {
  return writeParagraphs(text, escapeHtml);
}

/**
 * `sanitizeContent(convertTextToHtml(text))` without parsing the HTML just made: its paragraphs
 * and bold lines are all allowed, so the sanitizer would only decode and re-escape their text.
 */
export function convertTextToSafeHtml(text: string): string {
  return writeParagraphs(text, escapeElementText);
}

function writeParagraphs(text: string, escapeText: (text: string) => string): string {
  return decodeEntities(text)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const bold = BOLD_LINE.exec(line);
      return bold
        ? `<p><strong>${escapeText(bold[1] ?? '')}</strong></p>`
        : `<p>${escapeText(line)}</p>`;
    })
    .join('\n');
}

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

/** Shorter blocks ("Photo: AP", "Read more") may legitimately repeat. */
const MIN_COMPARABLE_LENGTH = 24;

/**
 * Keeps the first copy of each top-level block that repeats within one entry: exact copies and
 * copies that differ only in whitespace, case or markup. Short blocks are never removed.
 */
export function dedupeParagraphs(html: string): string {
  const blocks = splitBlocks(html);
  return joinBlocks(keepFirstCopies(blocks, blocks.map(normalizeForComparison)));
}

/** The blocks without later copies, each block compared by its key (normalized text). */
function keepFirstCopies(blocks: string[], keys: string[]): string[] {
  const seen = new Set<string>();
  return blocks.filter((_, index) => {
    const text = keys[index] ?? '';
    const key = text.length >= MIN_COMPARABLE_LENGTH ? text : undefined;
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const BLOCK_ELEMENTS = new Set(
  (
    'p div ul ol dl li h1 h2 h3 h4 h5 h6 blockquote pre table figure section article header ' +
    'footer aside hr address details'
  ).split(' '),
);
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr', 'col', 'area', 'source']);
/** Sanitized HTML escapes `>` inside attribute values, so a tag ends at its first `>`. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)[^>]*>/g;

/**
 * Splits well-formed (sanitized) HTML into its top-level blocks: each top-level block element,
 * and each run of inline content between them. `joinBlocks` puts them back together.
 */
export function splitBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let from = 0;
  const flush = (to: number) => {
    if (html.slice(from, to).trim() !== '') blocks.push(html.slice(from, to).trim());
    from = to;
  };
  for (const match of html.matchAll(TAG)) {
    const [tag, slash, rawName] = match;
    const name = (rawName ?? '').toLowerCase();
    const at = match.index;
    if (depth === 0 && BLOCK_ELEMENTS.has(name) && !slash) flush(at);
    if (VOID_ELEMENTS.has(name) || tag.endsWith('/>')) {
      if (depth === 0 && name === 'hr') flush(at + tag.length);
      continue;
    }
    depth = Math.max(0, depth + (slash ? -1 : 1));
    if (depth === 0 && BLOCK_ELEMENTS.has(name) && slash) flush(at + tag.length);
  }
  flush(html.length);
  return blocks;
}

export function joinBlocks(blocks: string[]): string {
  return blocks.join('\n');
}
