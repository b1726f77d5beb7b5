import Parser from 'rss-parser';
import type { FeedFormat, ParsedFeed } from '../model/index.js';
import { ParseError } from './parse-error.js';
import { mapAtomEntry, mapRssItem, readAtomLink, readTextConstruct } from './xml-items.js';
import {
  attributeOf,
  childrenOf,
  childText,
  firstChild,
  isNode,
  type XmlNode,
} from './xml-node.js';

/** Keeps mixed content in document order, so `<title><b>x</b> y</title>` reads "x y". */
const ORDERED = { explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: true };

/** Tag names as written, except the RDF root, which lenient (non-strict) parsing upper-cases. */
function lowerTagName(name: string): string {
  const lower = name.toLowerCase();
  return lower === 'rdf:rdf' ? 'rdf:RDF' : lower;
}

function readTtl(channel: XmlNode): number | undefined {
  const ttl = Number.parseInt(childText(channel, 'ttl') ?? '', 10);
  return Number.isFinite(ttl) && ttl > 0 ? ttl : undefined;
}

function buildRssFeed(format: FeedFormat, channel: XmlNode, items: XmlNode[]): ParsedFeed {
  return {
    format,
    title: readTextConstruct(firstChild(channel, 'title')),
    link: childText(channel, 'link'),
    language: childText(channel, 'language', 'dc:language'),
    ttlMinutes: readTtl(channel),
    items: items.map(mapRssItem),
    warnings: [],
  };
}

/**
 * rss-parser reads the XML and picks the format; the mapping from its xml2js tree to a feed is
 * ours, because rss-parser's own mapping throws on one bad Atom date, turns an empty <guid> into
 * an object, and computes snippets with a regex that is quadratic on text full of '<'.
 */
class TolerantParser extends Parser {
  buildAtomFeed(root: XmlNode): ParsedFeed {
    const feed = firstChild(root, 'feed') ?? (isNode(root.feed) ? root.feed : {});
    const base = attributeOf(feed, 'xml:base');
    return {
      format: 'atom',
      title: readTextConstruct(firstChild(feed, 'title')),
      link: readAtomLink(feed),
      language: attributeOf(feed, 'xml:lang'),
      items: childrenOf(feed, 'entry').map((entry) => mapAtomEntry(entry, base)),
      warnings: [],
    };
  }

  buildRSS0_9(root: XmlNode): ParsedFeed {
    return this.buildRSS2(root);
  }

  buildRSS2(root: XmlNode): ParsedFeed {
    const rss = isNode(root.rss) ? root.rss : {};
    const channel = firstChild(rss, 'channel') ?? {};
    return buildRssFeed('rss', channel, childrenOf(channel, 'item'));
  }

  buildRSS1(root: XmlNode): ParsedFeed {
    const rdf = isNode(root['rdf:RDF']) ? (root['rdf:RDF'] as XmlNode) : {};
    const channel = firstChild(rdf, 'channel') ?? {};
    const items = [...childrenOf(rdf, 'item'), ...childrenOf(channel, 'item')];
    return buildRssFeed('rdf', channel, items);
  }
}

function createParser(strict: boolean): TolerantParser {
  const lenient = {
    strict: false,
    tagNameProcessors: [lowerTagName],
    attrNameProcessors: [lowerTagName],
  };
  return new TolerantParser({
    defaultRSS: 2,
    xml2js: strict ? ORDERED : { ...ORDERED, ...lenient },
  });
}

async function parseWith(strict: boolean, xml: string): Promise<ParsedFeed> {
  return (await createParser(strict).parseString(xml)) as unknown as ParsedFeed;
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** A document cut short: the items before the cut, read from the repaired text. */
async function parseTruncated(xml: string, strictError: unknown): Promise<ParsedFeed> {
  const repaired = closeOpenElements(xml);
  if (repaired === undefined) throw strictError;
  const feed = await parseWith(false, repaired);
  feed.warnings.push(`parser: document cut short, read up to the cut (${firstLine(strictError)})`);
  return feed;
}

/** Parses RSS or Atom; a document that is not well-formed is re-read leniently, with a warning. */
export async function parseXmlFeed(xml: string): Promise<ParsedFeed> {
  try {
    return await parseWith(true, xml);
  } catch (strictError) {
    try {
      const feed = await parseWith(false, xml);
      feed.warnings.push(`parser: not well-formed XML, read leniently (${firstLine(strictError)})`);
      return feed;
    } catch {
      try {
        return await parseTruncated(xml, strictError);
      } catch {
        const message = firstLine(strictError);
        throw new ParseError(`unable to parse XML feed: ${message}`, { cause: strictError });
      }
    }
  }
}

// Truncated documents

/** Element names as XML writes them (with a prefix); anything else is not an element. */
const NAME = /^[A-Za-z_][\w.:-]*/;

/** The markup at `lt` that opens no element: comment, CDATA, declaration, PI; index after it. */
function skipSpecial(xml: string, lt: number): number | undefined {
  const ends: [string, string][] = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
    ['<!', '>'],
  ];
  for (const [open, close] of ends) {
    if (!xml.startsWith(open, lt)) continue;
    const end = xml.indexOf(close, lt + open.length);
    return end === -1 ? -1 : end + close.length;
  }
  return undefined;
}

function applyTag(xml: string, lt: number, gt: number, stack: string[]): void {
  const closing = xml[lt + 1] === '/';
  const name = NAME.exec(xml.slice(lt + (closing ? 2 : 1), lt + 200))?.[0];
  if (!name) return;
  if (!closing) {
    if (xml[gt - 1] !== '/') stack.push(name);
    return;
  }
  const open = stack.lastIndexOf(name);
  if (open !== -1) stack.length = open;
}

/**
 * Repairs a document cut short: drops the unfinished markup at the end and closes the elements
 * still open, so the items before the cut can be read. One linear scan; undefined when there is
 * nothing to close.
 */
function closeOpenElements(xml: string): string | undefined {
  const stack: string[] = [];
  let complete = 0;
  let i = xml.indexOf('<');
  while (i !== -1) {
    const special = skipSpecial(xml, i);
    const end = special ?? xml.indexOf('>', i + 1) + 1;
    if (end <= 0) break;
    if (special === undefined) applyTag(xml, i, end - 1, stack);
    complete = end;
    i = xml.indexOf('<', end);
  }
  if (stack.length === 0) return undefined;
  const closers = stack.reverse().map((name) => `</${name}>`);
  return xml.slice(0, complete) + closers.join('');
}
