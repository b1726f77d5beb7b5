const DEFAULT_LENGTH = 300;
/** Do not cut back further than this share of the limit to reach a word boundary. */
const MIN_CUT_SHARE = 0.6;

/** About `maxLength` characters of plain text, cut at a word boundary, with an ellipsis. */
export function summarizeText(text: string, maxLength = DEFAULT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const head = [...flat].slice(0, maxLength).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= maxLength * MIN_CUT_SHARE ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.!?\-–—]+$/, '')}…`;
}
