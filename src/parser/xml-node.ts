/**
 * Reading xml2js nodes (explicitChildren + preserveChildrenOrder + charsAsChildren) without
 * trusting their shape: every accessor returns a string, an array or undefined, never throws.
 * Text comes out in document order (`textOf`), or markup back as HTML (`serializeXhtml`).
 */
export type XmlNode = Record<string, unknown>;

const TEXT = '__text__';
const MAX_DEPTH = 200;

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Child elements named `name` (exact, as written in the document). */
export function childrenOf(node: unknown, name: string): XmlNode[] {
  if (!isNode(node) || !Object.hasOwn(node, name)) return [];
  const value = node[name];
  if (!Array.isArray(value)) return [];
  return value.map((child) => (isNode(child) ? child : { _: String(child) }));
}

export function firstChild(node: unknown, ...names: string[]): XmlNode | undefined {
  for (const name of names) {
    const [child] = childrenOf(node, name);
    if (child) return child;
  }
  return undefined;
}

export function attributeOf(node: unknown, name: string): string | undefined {
  if (!isNode(node)) return undefined;
  const attrs = node.$;
  if (!isNode(attrs) || !Object.hasOwn(attrs, name)) return undefined;
  const value = attrs[name];
  return typeof value === 'string' ? value : undefined;
}

function orderedChildren(node: XmlNode): unknown[] {
  return Array.isArray(node.$$) ? node.$$ : [];
}

/** All the text inside a node, in document order, markup dropped. */
export function textOf(node: unknown): string {
  const parts: string[] = [];
  collectText(node, parts, 0);
  return parts.join('');
}

function collectText(node: unknown, parts: string[], depth: number): void {
  if (typeof node === 'string') {
    parts.push(node);
    return;
  }
  if (!isNode(node) || depth > MAX_DEPTH) return;
  const children = orderedChildren(node);
  if (children.length === 0) {
    if (typeof node._ === 'string') parts.push(node._);
    return;
  }
  for (const child of children) {
    if (isNode(child) && child['#name'] === TEXT) {
      if (typeof child._ === 'string') parts.push(child._);
    } else {
      collectText(child, parts, depth + 1);
    }
  }
}

/** Text of the first child named `name`, trimmed; undefined when absent or empty. */
export function childText(node: unknown, ...names: string[]): string | undefined {
  for (const name of names) {
    const child = firstChild(node, name);
    if (!child) continue;
    const text = textOf(child).trim();
    if (text) return text;
  }
  return undefined;
}

/** Escapes `&`, `<` and `>` for HTML text content (quotes are left as they are). */
export function escapeText(text: string): string {
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
