import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import Parser from 'rss-parser';

/** One newsroom entry, extracted simply (no normalizer): enough to fingerprint it. */
export interface NewsroomEntry {
  file: string;
  guid: string;
  title: string;
  text: string;
  url?: string;
  publishedAt: string;
  contentHash: string;
  story: string;
  crossLingual: boolean;
}

interface Label {
  file: string;
  guid: string;
  story: string;
  cross_lingual: boolean;
}

type RawItem = Record<string, unknown>;
const WINDOWS_1251_FILES = new Set(['polesie-news.xml']);

/** Every labelled entry of the newsroom corpus in `dir`, in published order. */
export async function loadNewsroom(dir: string): Promise<NewsroomEntry[]> {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
  const files = [...new Set(labels.map((label) => label.file))];
  const entries: NewsroomEntry[] = [];
  for (const file of files) {
    const items = await readItems(dir, file);
    const fallbackDate = findNewestDate(items);
    for (const item of items) {
      const label = labels.find((l) => l.file === file && l.guid === pickGuid(item));
      if (label === undefined) throw new Error(`eval: no label for ${file} ${pickGuid(item)}`);
      entries.push(toEntry(item, label, fallbackDate));
    }
  }
  return entries.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}

async function readItems(dir: string, file: string): Promise<RawItem[]> {
  const bytes = readFileSync(path.join(dir, file));
  if (file.endsWith('.json')) {
    const feed = JSON.parse(bytes.toString('utf8')) as { items: RawItem[] };
    return feed.items;
  }
  const xml = WINDOWS_1251_FILES.has(file) ? iconv.decode(bytes, 'windows-1251') : bytes.toString();
  const feed = await new Parser().parseString(xml.replace(/encoding="[^"]*"/u, 'encoding="UTF-8"'));
  return feed.items as unknown as RawItem[];
}

function toEntry(item: RawItem, label: Label, fallbackDate: string): NewsroomEntry {
  const title = stripTags(pickString(item, ['title']));
  const html = pickString(item, ['content:encoded', 'content_html', 'content', 'summary']);
  const text = stripTags(html || pickString(item, ['content_text']));
  const entry: NewsroomEntry = {
    file: label.file,
    guid: label.guid,
    title,
    text,
    publishedAt: parseDate(item) ?? fallbackDate,
    contentHash: createHash('sha256').update(`${title}\n${text}`).digest('hex'),
    story: label.story,
    crossLingual: label.cross_lingual,
  };
  const url = pickString(item, ['link', 'url']);
  if (url !== '') entry.url = url;
  return entry;
}

function pickGuid(item: RawItem): string {
  return pickString(item, ['guid', 'id', 'rdf:about']);
}

function pickString(item: RawItem, fields: string[]): string {
  for (const field of fields) {
    const value = item[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}

function parseDate(item: RawItem): string | undefined {
  const raw = pickString(item, ['isoDate', 'date_published', 'pubDate', 'dc:date']);
  const time = Date.parse(raw);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The fetch time stands in for a missing date; the feed's newest date is the closest thing here. */
function findNewestDate(items: RawItem[]): string {
  const dates = items.map(parseDate).filter((d): d is string => d !== undefined);
  return dates.sort().at(-1) ?? new Date(0).toISOString();
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<\/(p|div|h\d|li|blockquote)>|<br\s*\/?>/giu, '\n')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;|&apos;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&')
    .replace(/[ \t]+/gu, ' ')
    .trim();
}
