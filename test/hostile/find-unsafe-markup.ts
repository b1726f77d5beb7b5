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
  ['event handler', /<[^>]*[\s/"']on[a-z]+\s*=/i],
  ['javascript: URL', /javascript\s*:/i],
  ['vbscript: URL', /vbscript\s*:/i],
];

/** The kinds of script-bearing markup found in `text` (decoded output), with a little context. */
export function findUnsafeMarkup(text: string): string[] {
  const found: string[] = [];
  for (const [kind, pattern] of UNSAFE) {
    const match = pattern.exec(text);
    if (match)
      found.push(`${kind}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
  }
  return found;
}
