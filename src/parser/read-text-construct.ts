import { serializeXhtml } from './serialize-xhtml.js';
import { attributeOf, firstChild, textOf, type XmlNode } from './xml-node.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An Atom text construct (title, summary, content) as HTML, whatever its `type`. */
export function readHtmlConstruct(node: XmlNode | undefined): string | undefined {
  if (!node) return undefined;
  const type = (attributeOf(node, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = firstChild(node, 'div', 'xhtml:div');
    return serializeXhtml(div ?? node).trim() || undefined;
  }
  const text = textOf(node);
  if (!text.trim()) return undefined;
  return type === 'html' || type === 'text/html' ? text : escapeHtml(text);
}

/** Strips tags in one linear pass (no regex backtracking), for titles given as HTML. */
export function stripTags(html: string): string {
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
