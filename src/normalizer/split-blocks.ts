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
