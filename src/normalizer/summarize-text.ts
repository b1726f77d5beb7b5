/** The entry summary: the start of its plain text, cut at a word. */
const SUMMARY_LENGTH = 300;
/** Do not cut back further than this share of the limit to reach a word boundary. */
const MIN_CUT_SHARE = 0.6;

/** About `maxLength` characters of plain text, cut at a word boundary, with an ellipsis. */
export function summarizeText(text: string, maxLength = SUMMARY_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const head = takeCodePoints(flat, maxLength);
  const space = head.lastIndexOf(' ');
  const cut = space >= maxLength * MIN_CUT_SHARE ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.!?\-–—]+$/, '')}…`;
}

/** The first `count` code points of a text (a surrogate pair counts once). */
function takeCodePoints(text: string, count: number): string {
  let end = 0;
  for (let taken = 0; taken < count && end < text.length; taken++) {
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return text.slice(0, end);
}
