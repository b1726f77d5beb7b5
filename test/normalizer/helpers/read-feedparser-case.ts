import { readFileSync } from 'node:fs';
import { parsePythonString } from './parse-python-string.js';

export interface FeedparserCase {
  file: string;
  /** Keys of the checked field, e.g. ['entries', '0', 'content', '0', 'value']. */
  fieldPath: string[];
  expected: string;
  headers: Record<string, string>;
  xml: string;
}

/** Reads a feedparser test document whose Expect is `not bozo and <field> == <python string>`. */
export function readFeedparserCase(file: string): FeedparserCase | undefined {
  const xml = readFileSync(file, 'utf8');
  const expect = /Expect:\s*(.*)/.exec(xml)?.[1]?.trim() ?? '';
  const match = /^not bozo and ((?:feed|entries)(?:\[[^\]]+\])+) == (.*)$/.exec(expect);
  if (!match) return undefined;
  const fieldPath = [...(match[1] ?? '').matchAll(/\[?'?([\w]+)'?\]?/g)].map((m) => m[1] ?? '');
  const headers: Record<string, string> = {};
  for (const header of xml.matchAll(/^Header:\s*([\w-]+):\s*(.*)$/gm)) {
    headers[(header[1] ?? '').toLowerCase()] = (header[2] ?? '').trim();
  }
  return { file, fieldPath, expected: parsePythonString(match[2] ?? ''), headers, xml };
}
