import iconv from 'iconv-lite';

export interface EncodingCase {
  headers: Record<string, string>;
  expect: string;
}

const leads: ReadonlyArray<readonly [string, number[]]> = [
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0x00, 0x3c]],
  ['utf-32le', [0x3c, 0x00, 0x00, 0x00]],
  ['utf-16be', [0x00, 0x3c, 0x00, 0x3f]],
  ['utf-16le', [0x3c, 0x00, 0x3f, 0x00]],
  ['utf-16be', [0xfe, 0xff]],
  ['utf-16le', [0xff, 0xfe]],
];

/** Reads the `Header:` and `Expect:` lines of a feedparser encoding test document (see its README). */
export function readEncodingCase(bytes: Buffer): EncodingCase {
  const lead = leads.find(([, mark]) => mark.every((b, i) => bytes[i] === b));
  const text = iconv.decode(bytes, lead?.[0] ?? 'utf-8');
  const headers: Record<string, string> = {};
  for (const [, name = '', value = ''] of text.matchAll(/^Header:\s*([^:]+):\s*(.*?)\s*$/gm)) {
    headers[name.toLowerCase()] = value;
  }
  const expect = /^Expect:\s*(.*?)\s*$/m.exec(text)?.[1] ?? '';
  return { headers, expect };
}

/** Python string literal body → JS string (\\xNN, \\uNNNN, \\\\, \\'). */
function unescapePython(literal: string): string {
  return literal.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, code: string) =>
    code.length > 1 ? String.fromCharCode(Number.parseInt(code.slice(1), 16)) : code,
  );
}

export interface CaseVerdict {
  checked: boolean;
  passed: boolean;
  how: string;
}

/** The text feedparser's expected encoding gives, decoded independently with iconv-lite. */
function decodeAsExpected(bytes: Buffer, encoding: string): string {
  return iconv
    .decode(bytes, encoding, { stripBOM: true })
    .replace(/^(\s*<\?xml\s[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/, '$1');
}

/**
 * Decides whether our decoded text is what the case expects: same text as the expected
 * encoding gives, or the expected string present; `ord(...)` / entity cases are not decoding.
 */
export function checkEncodingCase(bytes: Buffer, fpCase: EncodingCase, text: string): CaseVerdict {
  const encoding = /encoding == '([^']+)'/.exec(fpCase.expect)?.[1];
  if (encoding) {
    const passed = text === decodeAsExpected(bytes, encoding);
    return { checked: true, passed, how: `same text as ${encoding}` };
  }
  const literal = /\] == '((?:[^'\\]|\\.)*)'/.exec(fpCase.expect)?.[1];
  if (literal !== undefined && !literal.includes('&#')) {
    const wanted = unescapePython(literal);
    const unescaped = text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    const passed = text.includes(wanted) || unescaped.includes(wanted);
    return { checked: true, passed, how: `contains ${JSON.stringify(wanted)}` };
  }
  if (/^not bozo$/.test(fpCase.expect)) {
    return { checked: true, passed: !text.includes('\uFFFD'), how: 'no U+FFFD' };
  }
  return { checked: false, passed: false, how: `not a decoding check: ${fpCase.expect}` };
}
