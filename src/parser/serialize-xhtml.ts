import { attributeOf, isNode, type XmlNode } from './xml-node.js';

const MAX_DEPTH = 200;
const TEXT = '__text__';

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Turns the children of an Atom `type="xhtml"` node back into HTML text, in order. */
export function serializeXhtml(node: XmlNode): string {
  const parts: string[] = [];
  serializeChildren(node, parts, 0);
  return parts.join('');
}

function serializeChildren(node: XmlNode, parts: string[], depth: number): void {
  const children = Array.isArray(node.$$) ? node.$$ : [];
  if (children.length === 0 && typeof node._ === 'string') parts.push(escapeText(node._));
  for (const child of children) {
    if (!isNode(child)) continue;
    if (child['#name'] === TEXT) {
      if (typeof child._ === 'string') parts.push(escapeText(child._));
    } else if (depth < MAX_DEPTH) {
      serializeElement(child, parts, depth + 1);
    }
  }
}

function serializeElement(node: XmlNode, parts: string[], depth: number): void {
  const name = localName(String(node['#name'] ?? 'span'));
  const attrs = isNode(node.$) ? Object.keys(node.$) : [];
  const rendered = attrs
    .filter((key) => !key.startsWith('xmlns'))
    .map((key) => ` ${localName(key)}="${escapeAttribute(attributeOf(node, key) ?? '')}"`)
    .join('');
  parts.push(`<${name}${rendered}>`);
  serializeChildren(node, parts, depth);
  parts.push(`</${name}>`);
}
