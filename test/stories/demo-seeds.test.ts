import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { exportTopic, runTopicfeed } from '../helpers/run-cli.js';
import { REPO, withAbsolutePaths, writeTempConfig } from '../helpers/temp-config.js';
import type { JsonItem } from './story-harness.js';

const ORIGINAL = 'minsk-morning-post';
const REWRITE = 'world-digest-now';

/** config/demo.yaml as shipped, with its database in a temp folder and absolute file: URLs. */
function copyDemoConfig(): { file: string; dir: string } {
  const demo = parse(readFileSync(join(REPO, 'config/demo.yaml'), 'utf8')) as {
    sources: { url: string }[];
    topics: Record<string, unknown>[];
  };
  const written = writeTempConfig({});
  const sources = demo.sources.map((s) => ({
    ...s,
    url: s.url.replace(/^file:/, `file://${join(REPO, 'config')}/`),
  }));
  const topics = demo.topics.map((t) => withAbsolutePaths(t, join(REPO, 'config')));
  writeFileSync(written.file, stringify({ ...demo, database: 'demo.db', sources, topics }));
  return written;
}

describe('the demo: the two seed documents', () => {
  let config: string;
  let dir: string;
  let items: JsonItem[];

  beforeAll(async () => {
    ({ file: config, dir } = copyDemoConfig());
    const fetched = await runTopicfeed(['fetch', '--config', config]);
    expect(fetched.out).toContain('0 failed');
    const exported = await exportTopic(config, 'belarus');
    items = (JSON.parse(exported.out) as { items: JsonItem[] }).items;
  });

  it('are one item in the belarus feed, the original as representative', () => {
    const seeds = items.filter((item) =>
      item._topicfeed.members.some((m) => m.source === ORIGINAL || m.source === REWRITE),
    );
    const seed = seeds.find((item) => item._topicfeed.members.length > 1);
    expect(seed?._topicfeed.members.map((m) => m.source)).toEqual([ORIGINAL, REWRITE]);
    expect(seed?.url).toContain('minsk-morning-post.example');
    const rewriteUrl = seed?._topicfeed.members[1]?.url ?? 'missing';
    expect(items.filter((item) => item.content_html.includes(rewriteUrl))).toEqual([seed]);
    expect(items.filter((item) => item.url === rewriteUrl)).toEqual([]);
  });

  it('ends the item with the rewrite under "Also reported by", mojibake repaired', () => {
    const seed = items.find((item) => item._topicfeed.members.length > 1);
    const html = seed?.content_html ?? '';
    const tail = html.slice(html.indexOf('Also reported by'));
    expect(tail).toContain(seed?._topicfeed.members[1]?.url);
    expect(tail).toContain('World Digest Now');
    expect(html).not.toMatch(/â€|Ã|Â/);
    expect(html).toMatch(/Here[’']s/);
    expect(html).not.toMatch(/^---|layout:/m);
  });

  it('stores the rewrite without its printed-twice headline and paragraphs', () => {
    const db = new Database(join(dir, 'demo.db'), { readonly: true });
    const rows = db
      .prepare('SELECT title, text FROM entries WHERE source_id IN (?, ?)')
      .all(ORIGINAL, REWRITE) as {
      title: string;
      text: string;
    }[];
    db.close();
    for (const row of rows) {
      const paragraphs = row.text
        .split('\n')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      expect(new Set(paragraphs).size, row.title).toBe(paragraphs.length);
      expect(paragraphs[0], row.title).not.toBe(row.title);
      expect(row.text, row.title).not.toMatch(/â€|Ã/);
    }
  });

  it('explains the story: the original first and marked, the rewrite with its score', async () => {
    const seed = items.find((item) => item._topicfeed.members.length > 1);
    const explained = await runTopicfeed(['explain', seed?.id ?? '', '--config', config]);
    expect(explained.code).toBe(0);
    expect(explained.out).toContain(`guid:    ${seed?.id}`);
    expect(explained.out).toMatch(new RegExp(`\\* representative: ${ORIGINAL}`));
    // Polls run concurrently: whichever copy was stored first founded the story, the other joined
    // it with a score; the original is the representative either way.
    expect(explained.out).toMatch(new RegExp(`member 2: ${REWRITE}`));
    expect(explained.out).toMatch(/joined: +founded the story/);
    expect(explained.out).toMatch(/joined: +score [01]\.\d+; signals: \w/);
  });
});
