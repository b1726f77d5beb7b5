import type { ParsedFeed } from '../model/index.js';
import { ParseError } from './parse-error.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseXmlFeed } from './parse-xml-feed.js';

function firstSignificantChar(text: string): string {
  const match = /\S/.exec(text.slice(0, 4096));
  return match ? match[0] : '';
}

/** Decoded text → ParsedFeed: JSON Feed when it starts with `{`, else RSS or Atom. */
export async function parseFeed(text: string): Promise<ParsedFeed> {
  const first = firstSignificantChar(text);
  if (first === '') throw new ParseError('unable to parse feed: empty document');
  if (first === '{') return parseJsonFeed(text);
  if (first !== '<') throw new ParseError('unable to parse feed: neither XML nor JSON');
  return parseXmlFeed(text);
}
