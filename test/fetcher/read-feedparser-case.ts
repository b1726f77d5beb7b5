import iconv from 'iconv-lite';

export interface FeedparserCase {
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

/** Reads the `Header:` and `Expect:` lines of a feedparser test document (see its README). */
export function readFeedparserCase(bytes: Buffer): FeedparserCase {
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
export function unescapePython(literal: string): string {
  return literal.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, code: string) =>
    code.length > 1 ? String.fromCharCode(Number.parseInt(code.slice(1), 16)) : code,
  );
}
