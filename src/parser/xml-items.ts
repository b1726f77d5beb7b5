/**
 * RSS items and Atom entries as ParsedItems, read from the xml2js tree: links, text constructs
 * (text, html or xhtml) and the fields each format spells its own way.
 */
import type { ParsedItem } from '../model/index.js';
import {
  attributeOf,
  childrenOf,
  childText,
  escapeText,
  firstChild,
  serializeXhtml,
  textOf,
  type XmlNode,
} from './xml-node.js';

function readRssLink(item: XmlNode): string | undefined {
  const link = childText(item, 'link');
  if (link) return link;
  for (const atomLink of childrenOf(item, 'atom:link')) {
    const rel = attributeOf(atomLink, 'rel') ?? 'alternate';
    const href = attributeOf(atomLink, 'href');
    if (rel === 'alternate' && href) return href.trim();
  }
  const guid = firstChild(item, 'guid');
  const permalink = attributeOf(guid, 'isPermaLink')?.toLowerCase() !== 'false';
  const guidText = guid ? textOf(guid).trim() : '';
  return permalink && /^https?:\/\//i.test(guidText) ? guidText : undefined;
}

/** One RSS 0.9x / 1.0 / 2.0 `<item>` as a ParsedItem; fields that are absent stay undefined. */
export function mapRssItem(item: XmlNode): ParsedItem {
  const title = firstChild(item, 'title');
  return {
    guid: childText(item, 'guid') ?? attributeOf(item, 'rdf:about')?.trim(),
    link: readRssLink(item),
    title: title ? readTextConstruct(title) : childText(item, 'dc:title'),
    contentHtml: childText(item, 'content:encoded', 'xhtml:body'),
    summaryHtml: childText(item, 'description', 'dc:description'),
    author: childText(item, 'dc:creator', 'author', 'itunes:author'),
    published: childText(item, 'pubDate', 'dc:date', 'pubdate', 'dcterms:issued'),
    updated: childText(item, 'atom:updated', 'dcterms:modified'),
    categories: [...childrenOf(item, 'category'), ...childrenOf(item, 'dc:subject')]
      .map((node) => textOf(node).trim())
      .filter((text) => text.length > 0),
    base: attributeOf(item, 'xml:base'),
    language: attributeOf(item, 'xml:lang') ?? childText(item, 'dc:language'),
  };
}

/** The `rel="alternate"` link of an Atom element (a link with no rel counts as alternate). */
export function readAtomLink(node: XmlNode): string | undefined {
  const links = childrenOf(node, 'link');
  const alternate = links.find((link) => (attributeOf(link, 'rel') ?? 'alternate') === 'alternate');
  return (alternate ? attributeOf(alternate, 'href') : undefined)?.trim() || undefined;
}

function readAtomAuthor(entry: XmlNode): string | undefined {
  const author = firstChild(entry, 'author');
  return childText(author, 'name') ?? childText(entry, 'dc:creator');
}

/** One Atom 1.0 / 0.3 `<entry>` as a ParsedItem. */
export function mapAtomEntry(entry: XmlNode, feedBase: string | undefined): ParsedItem {
  return {
    guid: childText(entry, 'id'),
    link: readAtomLink(entry),
    title: readTextConstruct(firstChild(entry, 'title')),
    contentHtml: readHtmlConstruct(firstChild(entry, 'content')),
    summaryHtml: readHtmlConstruct(firstChild(entry, 'summary')),
    author: readAtomAuthor(entry),
    published: childText(entry, 'published', 'issued', 'created', 'dc:date'),
    updated: childText(entry, 'updated', 'modified'),
    categories: childrenOf(entry, 'category')
      .map((node) => attributeOf(node, 'term')?.trim() ?? '')
      .filter((term) => term.length > 0),
    base: attributeOf(entry, 'xml:base') ?? feedBase,
    language: attributeOf(entry, 'xml:lang'),
  };
}

/** An Atom text construct (title, summary, content) as HTML, whatever its `type`. */
function readHtmlConstruct(node: XmlNode | undefined): string | undefined {
  if (!node) return undefined;
  const type = (attributeOf(node, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = firstChild(node, 'div', 'xhtml:div');
    return serializeXhtml(div ?? node).trim() || undefined;
  }
  const text = textOf(node);
  if (!text.trim()) return undefined;
  return type === 'html' || type === 'text/html' ? text : escapeText(text);
}

/** Strips tags in one linear pass (no regex backtracking), for titles given as HTML. */
function stripTags(html: string): string {
  let out = '';
  let inTag = false;
  for (const ch of html) {
    if (ch === '<') inTag = true;
    else if (ch === '>' && inTag) inTag = false;
    else if (!inTag) out += ch;
  }
  return inTag ? html.replace(/</g, ' ') : out;
}

/** An Atom text construct as plain text (titles): markup keeps its text. */
export function readTextConstruct(node: XmlNode | undefined): string | undefined {
  if (!node) return undefined;
  const type = (attributeOf(node, 'type') ?? 'text').toLowerCase();
  const text = type === 'html' || type === 'text/html' ? stripTags(textOf(node)) : textOf(node);
  return text.trim() || undefined;
}
