import type { ParsedItem } from '../model/index.js';
import { readHtmlConstruct, readTextConstruct } from './read-text-construct.js';
import { attributeOf, childrenOf, childText, firstChild, type XmlNode } from './xml-node.js';

/** The `rel="alternate"` link of an Atom element (a link with no rel counts as alternate). */
export function readAtomLink(node: XmlNode): string | undefined {
  const links = childrenOf(node, 'link');
  const alternate = links.find((link) => (attributeOf(link, 'rel') ?? 'alternate') === 'alternate');
  return (alternate ? attributeOf(alternate, 'href') : undefined)?.trim() || undefined;
}

function readAuthor(entry: XmlNode): string | undefined {
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
    author: readAuthor(entry),
    published: childText(entry, 'published', 'issued', 'created', 'dc:date'),
    updated: childText(entry, 'updated', 'modified'),
    categories: childrenOf(entry, 'category')
      .map((node) => attributeOf(node, 'term')?.trim() ?? '')
      .filter((term) => term.length > 0),
    base: attributeOf(entry, 'xml:base') ?? feedBase,
    language: attributeOf(entry, 'xml:lang'),
  };
}
