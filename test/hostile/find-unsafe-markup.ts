const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text as a reader sees it: CDATA unwrapped, entities decoded once. */
export function decodeXmlText(xml: string): string {
  return xml
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => text)
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

const UNSAFE: [string, RegExp][] = [
  ['script element', /<\s*script/i],
  ['javascript: URL', /javascript\s*:/i],
  ['vbscript: URL', /vbscript\s*:/i],
];
const HANDLER = /[\s/"']on[a-z]+\s*=/i;
/** A tag longer than this is not looked into (keeps the scan linear on a flood of '<'). */
const MAX_TAG = 4096;

function context(text: string, index: number): string {
  return `…${text.slice(Math.max(0, index - 40), index + 40)}…`;
}

/** The first tag (from '<' to the next '>') carrying an `on…=` attribute; linear. */
function findHandler(text: string): number {
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    const next = text.indexOf('<', lt + 1);
    const stop = Math.min(next === -1 ? text.length : next, lt + MAX_TAG);
    const span = text.slice(lt, stop);
    const gt = span.indexOf('>');
    const tag = gt === -1 ? span : span.slice(0, gt);
    if (HANDLER.test(tag)) return lt;
  }
  return -1;
}

/** The kinds of script-bearing markup found in `text` (decoded output), with a little context. */
export function findUnsafeMarkup(text: string): string[] {
  const found: string[] = [];
  for (const [kind, pattern] of UNSAFE) {
    const match = pattern.exec(text);
    if (match) found.push(`${kind}: ${context(text, match.index)}`);
  }
  const handler = findHandler(text);
  if (handler !== -1) found.push(`event handler: ${context(text, handler)}`);
  return found;
}
