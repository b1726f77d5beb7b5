const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
};

/** Reads one Python string literal (u'', '', "") starting at `at`; returns its value and end. */
function readLiteral(source: string, at: number): { value: string; end: number } {
  let i = at;
  if (source[i] === 'u' || source[i] === 'b') i++;
  const single = source[i];
  if (single !== "'" && single !== '"')
    throw new Error(`not a string literal: ${source.slice(at)}`);
  const quote = source.startsWith(single.repeat(3), i) ? single.repeat(3) : single;
  let value = '';
  for (i += quote.length; i < source.length && !source.startsWith(quote, i); i++) {
    if (source[i] !== '\\') {
      value += source[i];
      continue;
    }
    const next = source[++i] ?? '';
    if (next === 'u' || next === 'x') {
      const width = next === 'u' ? 4 : 2;
      value += String.fromCharCode(Number.parseInt(source.slice(i + 1, i + 1 + width), 16));
      i += width;
    } else value += ESCAPES[next] ?? `\\${next}`;
  }
  return { value, end: i + quote.length };
}

/** Evaluates `'a' + u'b' + "c"` (Python string literals joined by +). */
export function parsePythonString(source: string): string {
  let value = '';
  let i = 0;
  while (i < source.length) {
    while (/\s|\+/.test(source[i] ?? '')) i++;
    if (i >= source.length) break;
    const literal = readLiteral(source, i);
    value += literal.value;
    i = literal.end;
  }
  return value;
}
