import Parser from 'rss-parser';
import type { FeedFormat, ParsedFeed } from '../model/index.js';
import { closeOpenElements } from './close-open-elements.js';
import { mapAtomEntry, readAtomLink } from './map-atom-entry.js';
import { mapRssItem } from './map-rss-item.js';
import { ParseError } from './parse-error.js';
import { readTextConstruct } from './read-text-construct.js';
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
