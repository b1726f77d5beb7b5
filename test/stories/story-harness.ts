import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { stringify } from 'yaml';
import { exportTopic, runTopicfeed } from '../helpers/run-cli.js';
import { writeTempConfig } from '../helpers/temp-config.js';

export interface FeedItem {
  guid: string;
  title?: string;
  link?: string;
  published: string;
  /** The raw <pubDate> text, when a test needs a broken one; else made from `published`. */
  rawPubDate?: string;
  /** Plain paragraphs, one per line; rendered as <p>s in <description>. */
  text?: string;
}

export interface SourceSpec {
  id: string;
  items: FeedItem[];
  preferred?: boolean;
}

export interface JsonItem {
  id: string;
  url?: string;
  title: string;
  content_html: string;
  date_modified: string;
  _topicfeed: {
    story: string;
    members: { source: string; id: string; url?: string; score: number; signals: string[] }[];
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function renderItem(item: FeedItem): string {
  const html = (item.text ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join('');
  return [
    '<item>',
    `<guid isPermaLink="false">${item.guid}</guid>`,
    item.title === undefined ? '' : `<title>${escapeXml(item.title)}</title>`,
    item.link === undefined ? '' : `<link>${item.link}</link>`,
    `<pubDate>${item.rawPubDate ?? new Date(item.published).toUTCString()}</pubDate>`,
    html === '' ? '' : `<description>${escapeXml(html)}</description>`,
    '</item>',
  ].join('');
}

/** An RSS 2.0 document holding `items`. */
export function renderRss(id: string, items: FeedItem[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${id}</title><link>https://${id}.example/</link>
<description>${id}</description>${items.map(renderItem).join('\n')}</channel></rss>`;
}

/**
 * A temp folder holding one RSS file per source and a config listing `file:` sources; `configure`
 * rewrites both, so a test can add sources or items between fetches.
 */
export function createStoryHarness() {
  const { file, dir } = writeTempConfig({});
  const configure = (sources: SourceSpec[]) => {
    for (const source of sources)
      writeFileSync(join(dir, `${source.id}.xml`), renderRss(source.id, source.items));
    const config = {
      database: 'topicfeed.db',
      retention: { days: 0 },
      sources: sources.map((s) => ({
        id: s.id,
        url: `file:${s.id}.xml`,
        ...(s.preferred ? { preferred: true } : {}),
      })),
    };
    writeFileSync(file, stringify(config));
  };
  const fetchAll = async () => {
    const run = await runTopicfeed(['fetch', '--config', file]);
    if (run.code !== 0 || /[1-9]\d* failed/.test(run.out))
      throw new Error(`fetch failed: ${run.out}${run.err}`);
    return run.out;
  };
  const exportJson = async (topic = 'all'): Promise<JsonItem[]> => {
    const run = await exportTopic(file, topic);
    if (run.code !== 0) throw new Error(run.err);
    return (JSON.parse(run.out) as { items: JsonItem[] }).items;
  };
  const query = <T>(sql: string, ...params: unknown[]): T[] => {
    const db = new Database(join(dir, 'topicfeed.db'), { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
  return { file, dir, configure, fetchAll, exportJson, query };
}
