import type { ParsedFeed, ParsedItem } from '../model/index.js';
import { cleanParsedFeed } from './clean-feed.js';
import { ParseError } from './parse-error.js';
import { parseXmlFeed } from './parse-xml-feed.js';

function firstSignificantChar(text: string): string {
  const match = /\S/.exec(text.slice(0, 4096));
  return match ? match[0] : '';
}

/**
 * Decoded text → ParsedFeed: JSON Feed when it starts with `{`, else RSS or Atom; every string
 * XML-safe, the feed's title and site link checked (clean-feed.ts).
 */
export async function parseFeed(text: string): Promise<ParsedFeed> {
  return cleanParsedFeed(await parseAnyFeed(text));
}

async function parseAnyFeed(text: string): Promise<ParsedFeed> {
  const first = firstSignificantChar(text);
  if (first === '') throw new ParseError('unable to parse feed: empty document');
  if (first === '{') return parseJsonFeed(text);
  if (first !== '<') throw new ParseError('unable to parse feed: neither XML nor JSON');
  return parseXmlFeed(text);
}

// JSON Feed (RSS and Atom are read in parse-xml-feed.ts)

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function readJsonAuthor(item: Json): string | undefined {
  const authors = Array.isArray(item.authors) ? item.authors : [item.author];
  const first = authors.find(isObject);
  return first ? stringOf(first.name) : undefined;
}

/** Escapes `&`, `<` and `>` for HTML text content, as the XML side does (`escapeText`). */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function mapJsonItem(item: Json): ParsedItem {
  const text = stringOf(item.content_text);
  return {
    guid: stringOf(item.id),
    link: stringOf(item.url) ?? stringOf(item.external_url),
    title: stringOf(item.title),
    contentHtml: stringOf(item.content_html) ?? (text ? escapeText(text) : undefined),
    summaryHtml: stringOf(item.summary) ? escapeText(String(item.summary)) : undefined,
    author: readJsonAuthor(item),
    published: stringOf(item.date_published),
    updated: stringOf(item.date_modified),
    categories: Array.isArray(item.tags) ? item.tags.filter((tag) => typeof tag === 'string') : [],
    language: stringOf(item.language),
  };
}

/** JSON Feed 1.0 / 1.1; an item that is not an object is dropped with a warning. */
function parseJsonFeed(text: string): ParsedFeed {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ParseError('unable to parse JSON feed: invalid JSON', { cause: error });
  }
  if (!isObject(document) || !Array.isArray(document.items)) {
    throw new ParseError('unable to parse JSON feed: no "items" array');
  }
  const warnings: string[] = [];
  const items = document.items.flatMap((item, index) => {
    if (isObject(item)) return [mapJsonItem(item)];
    warnings.push(`parser: JSON Feed item ${index} is not an object, dropped`);
    return [];
  });
  return {
    format: 'json',
    title: stringOf(document.title),
    link: stringOf(document.home_page_url),
    language: stringOf(document.language),
    items,
    warnings,
  };
}
