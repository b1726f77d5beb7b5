import { readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';

/** One newsroom entry with its labelled topics, as plain text for the classifier. */
export interface NewsroomEntry {
  file: string;
  guid: string;
  title: string;
  text: string;
  topics: string[];
}

interface Label {
  file: string;
  guid: string;
  topics: string[];
}

export const NEWSROOM_DIR = path.resolve(import.meta.dirname, '../fixtures/newsroom');

/** Reads the 8 feeds and labels.json; every labelled entry must be found, or this throws. */
export async function loadNewsroom(): Promise<NewsroomEntry[]> {
  const labels = JSON.parse(
    readFileSync(path.join(NEWSROOM_DIR, 'labels.json'), 'utf8'),
  ) as Label[];
  const items = new Map<string, { title: string; text: string }>();
  for (const file of new Set(labels.map((label) => label.file))) {
    for (const item of await readFeedItems(file)) items.set(`${file} ${item.guid}`, item);
  }
  return labels.map((label) => {
    const item = items.get(`${label.file} ${label.guid}`);
    if (!item) throw new Error(`newsroom: no item ${label.guid} in ${label.file}`);
    return {
      file: label.file,
      guid: label.guid,
      title: item.title,
      text: item.text,
      topics: label.topics,
    };
  });
}

async function readFeedItems(
  file: string,
): Promise<{ guid: string; title: string; text: string }[]> {
  const bytes = readFileSync(path.join(NEWSROOM_DIR, file));
  if (file.endsWith('.json')) {
    const feed = JSON.parse(bytes.toString('utf8')) as { items: Record<string, string>[] };
    return feed.items.map((item) => ({
      guid: String(item.id),
      title: stripTags(item.title ?? ''),
      text: stripTags(item.content_html ?? item.content_text ?? ''),
    }));
  }
  const encoding = file === 'polesie-news.xml' ? 'windows-1251' : 'utf-8';
  const xml = new TextDecoder(encoding).decode(bytes);
  const feed = await new Parser().parseString(xml);
  // rss-parser drops RSS 1.0's rdf:about, the guid labels.json uses: take them in document order.
  const rdfAbouts = [...xml.matchAll(/<item rdf:about="([^"]+)"/gu)].map((m) => m[1]);
  return feed.items.map((item, i) => {
    const record = item as Record<string, unknown>;
    const html = String(record['content:encoded'] ?? item.content ?? item.summary ?? '');
    const guid = String(rdfAbouts[i] ?? item.guid ?? record.id ?? item.link ?? '');
    return { guid, title: stripTags(item.title ?? ''), text: stripTags(html) };
  });
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Drops tags and decodes the common entities, in one linear pass each; good enough for scoring. */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => decodeEntity(whole, name))
    .replace(/\s+/gu, ' ')
    .trim();
}

function decodeEntity(whole: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X'))
    return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name.toLowerCase()] ?? whole;
}
