import type { ParsedItem } from '../model/index.js';
import { readTextConstruct } from './read-text-construct.js';
import {
  attributeOf,
  childrenOf,
  childText,
  firstChild,
  textOf,
  type XmlNode,
} from './xml-node.js';

function readLink(item: XmlNode): string | undefined {
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
    link: readLink(item),
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
