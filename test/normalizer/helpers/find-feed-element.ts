import { Buffer } from 'node:buffer';

export interface FeedElement {
  name: string;
  attrs: Record<string, string>;
  /** The element's content as HTML: escaped text decoded, CDATA unwrapped, inline XHTML kept. */
  html: string;
  /** xml:base values from the element outwards. */
  bases: string[];
}

const TAG =
  /<(\/?)([\w:.-]+)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
const ENTRY_ELEMENTS = new Set(['entry', 'item']);

/** The XML element names that can carry a feedparser field. */
const FIELD_ELEMENTS: Record<string, string[]> = {
  content: ['content', 'content:encoded', 'body', 'xhtml:body', 'fullitem'],
  description: [
    'description',
    'content:encoded',
    'body',
    'xhtml:body',
    'fullitem',
    'content',
    'summary',
  ],
  summary: ['summary', 'description', 'abstract'],
  title: ['title'],
  tagline: ['tagline', 'subtitle', 'description'],
  subtitle: ['subtitle', 'tagline', 'description'],
  info: ['info'],
  copyright: ['copyright', 'rights', 'dc:rights'],
  link: ['link'],
  links: ['link'],
  id: ['id', 'guid'],
  docs: ['docs'],
  generator_detail: ['generator'],
  author_detail: ['url', 'uri'],
  contributors: ['url', 'uri'],
  wfw_comment: ['wfw:comment'],
  wfw_commentrss: ['wfw:commentRss', 'wfw:commentRSS', 'wfw:commentrss'],
};

function readAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[m[1] ?? ''] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

function readContent(raw: string, attrs: Record<string, string>): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('<![CDATA[')) return trimmed.slice(9, trimmed.lastIndexOf(']]>'));
  const inlineXhtml = /<[\w]/.test(trimmed);
  if (inlineXhtml) return trimmed.replace(/\s+xmlns(?::\w+)?="[^"]*"/g, '');
  const text = decodeXml(raw);
  return attrs.mode === 'base64' ? Buffer.from(text, 'base64').toString('utf8') : text;
}

/** Finds the first element carrying the field in an entry (`entries[...]`) or the feed. */
export function findFeedElement(xml: string, fieldPath: string[]): FeedElement | undefined {
  const inEntry = fieldPath[0] === 'entries';
  const rawField = fieldPath[inEntry ? 2 : 1] ?? '';
  const field = FIELD_ELEMENTS[rawField] ? rawField : rawField.replace(/_detail$/, '');
  const names = FIELD_ELEMENTS[field] ?? [field];
  const body = xml.replace(/^[\s\S]*?-->/, '');
  const stack: Array<{ name: string; attrs: Record<string, string>; start: number }> = [];
  for (const m of body.matchAll(TAG)) {
    if (m[2] === undefined) continue;
    const [whole, slash, name, attrSource, selfClose] = m;
    const attrs = readAttrs(attrSource ?? '');
    const entryDepth = stack.filter((e) => ENTRY_ELEMENTS.has(e.name)).length;
    const wanted = names.includes(name) && (inEntry ? entryDepth > 0 : entryDepth === 0);
    const insideWanted = stack.some((e) => names.includes(e.name));
    if (!slash && wanted && !insideWanted) {
      const bases = [...stack, { name, attrs }]
        .map((e) => e.attrs['xml:base'])
        .filter((b) => b !== undefined)
        .reverse();
      if (selfClose) return { name, attrs, html: '', bases };
      const close = body.indexOf(`</${name}>`, (m.index ?? 0) + whole.length);
      return {
        name,
        attrs,
        html: readContent(body.slice((m.index ?? 0) + whole.length, close), attrs),
        bases,
      };
    }
    if (slash) stack.pop();
    else if (!selfClose) stack.push({ name, attrs, start: m.index ?? 0 });
  }
  return undefined;
}
