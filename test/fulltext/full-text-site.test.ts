import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTopic, runTopicfeed } from '../helpers/run-cli.js';
import {
  ARTICLE_PAGES,
  BOILERPLATE,
  fetchIndexPage,
  queryStore,
  sourceRow,
  startTeaserSite,
  type TeaserSite,
  writeSiteConfig,
} from './teaser-site.js';

const TITLES = [
  'Another year added in a colony case in Homiel',
  'The letters stopped coming in March',
  'Приговор вынесен в Гродно',
];

interface JsonFeed {
  items: { title: string; content_html?: string }[];
}

async function exportTitles(config: string, topic: string): Promise<string[]> {
  const result = await exportTopic(config, topic, 'json');
  expect(result.code).toBe(0);
  return (JSON.parse(result.out) as JsonFeed).items.map((item) => item.title);
}

function fetchOnce(config: string) {
  return runTopicfeed(['fetch', '--config', config]);
}

describe('a feed of one-sentence teasers, with full_text: true', () => {
  let site: TeaserSite;
  let config: { file: string; dir: string };
  let control: { file: string; dir: string };

  beforeAll(async () => {
    site = await startTeaserSite();
    config = writeSiteConfig([
      { id: 'digest', url: `${site.base}/feeds/teasers.xml`, full_text: true },
      { id: 'city', url: `${site.base}/feeds/plain.xml` },
    ]);
    expect((await fetchOnce(config.file)).out).toMatch(/^digest +new +status=200 new=3/m);
    site.setFirstTeaser('The regional court ruled again on Tuesday, a rights group said.');
    expect((await fetchOnce(config.file)).out).toMatch(/^digest +new +status=200 new=0 updated=1/m);
    // The same site polled without the switch: what the teasers alone are worth.
    control = writeSiteConfig([{ id: 'digest', url: `${site.base}/feeds/teasers.xml` }]);
    await fetchOnce(control.file);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('fetches each article page once over two polls, and no page for the source without the key', () => {
    for (const path of Object.keys(ARTICLE_PAGES)) expect(site.count(path), path).toBe(1);
    expect(site.count('/feeds/plain.xml')).toBe(2);
    expect(site.count('/city/tram.html') + site.count('/city/water.html')).toBe(0);
  });

  it('files the three stories under political-prisoners, which their teasers alone do not reach', async () => {
    expect((await exportTitles(config.file, 'political-prisoners')).sort()).toEqual(
      [...TITLES].sort(),
    );
    expect(await exportTitles(control.file, 'political-prisoners')).toEqual([]);
  });

  it('lets no page boilerplate into any export', async () => {
    for (const topic of ['all', 'political-prisoners', 'belarus']) {
      for (const format of ['rss', 'atom', 'json']) {
        const { out } = await exportTopic(config.file, topic, format);
        for (const phrase of BOILERPLATE)
          expect(out, `${topic}.${format}: ${phrase}`).not.toContain(phrase);
      }
    }
  });

  it('keeps page boilerplate out of the store', () => {
    const stored = queryStore<{ text: string }>(
      config.dir,
      `SELECT text FROM entries WHERE source_id = 'digest'
       UNION ALL SELECT text || content_html FROM entry_articles`,
    );
    expect(stored).toHaveLength(6);
    for (const { text } of stored)
      for (const phrase of BOILERPLATE) expect(text).not.toContain(phrase);
  });

  it("judges by the article's text but serves the feed's own teaser", async () => {
    const [entry] = queryStore<{ text: string; html: string }>(
      config.dir,
      `SELECT text, content_html AS html FROM entries WHERE key = 'guid:digest-1001'`,
    );
    expect(entry?.text).toContain('Varabei, 34, has been behind bars since the autumn of 2021');
    expect(entry?.html).toBe(
      '<p>The regional court ruled again on Tuesday, a rights group said.</p>',
    );
    const { out } = await exportTopic(config.file, 'political-prisoners', 'rss');
    expect(out).toContain('The regional court ruled again on Tuesday, a rights group said.');
    expect(out).not.toContain('behind bars since the autumn');
  });

  it('decodes a page whose charset only its <meta> declares', () => {
    const [article] = queryStore<{ text: string }>(
      config.dir,
      `SELECT text FROM entry_articles WHERE key = 'guid:digest-1003'`,
    );
    expect(article?.text).toContain('Правозащитники сразу признали его политзаключенным.');
  });

  it('shows the article fetches of the full-text source on the index page', async () => {
    const page = await fetchIndexPage(config.file);
    expect(sourceRow(page, 'digest')).toContain('article fetches: 3 ok, 0 failed');
    expect(sourceRow(page, 'city')).not.toContain('article fetches');
  });
});
