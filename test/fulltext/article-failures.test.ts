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

interface ArticleRow {
  key: string;
  status: string;
  httpStatus: number | null;
  error: string | null;
}

describe('article pages that cannot be read', () => {
  let site: TeaserSite;
  let config: { file: string; dir: string };
  let firstPoll: string;

  beforeAll(async () => {
    site = await startTeaserSite({
      '/news/homiel-colony.html': (_req, res) => res.writeHead(500).end('server error'),
      '/news/grodno-verdict.html': (_req, res) =>
        res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.7'),
    });
    config = writeSiteConfig([
      { id: 'digest', url: `${site.base}/feeds/teasers.xml`, full_text: true },
    ]);
    firstPoll = (await runTopicfeed(['fetch', '--config', config.file])).out;
    await runTopicfeed(['fetch', '--config', config.file]);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('stores every entry with its teaser and records why each page failed', () => {
    expect(firstPoll).toMatch(/^digest +new +status=200 new=3/m);
    const entries = queryStore<{ key: string; text: string }>(
      config.dir,
      `SELECT key, text FROM entries ORDER BY key`,
    );
    expect(entries.map((e) => e.text)).toEqual([
      'The regional court ruled again on Tuesday.',
      expect.stringContaining('For almost two years, the letters from Hanna Lisichka'),
      'Суд рассмотрел дело в закрытом режиме.',
    ]);
    const articles = queryStore<ArticleRow>(
      config.dir,
      `SELECT key, status, http_status AS httpStatus, error FROM entry_articles ORDER BY key`,
    );
    expect(articles).toEqual([
      {
        key: 'guid:digest-1001',
        status: 'failed',
        httpStatus: 500,
        error: expect.stringMatching(
          /^fetcher: HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/news\/homiel-colony\.html$/,
        ),
      },
      { key: 'guid:digest-1002', status: 'ok', httpStatus: 200, error: null },
      {
        key: 'guid:digest-1003',
        status: 'failed',
        httpStatus: 200,
        error: expect.stringContaining('is not a web page (Content-Type application/pdf)'),
      },
    ]);
  });

  it('does not try a failed page again on the next poll', () => {
    for (const path of Object.keys(ARTICLE_PAGES)) expect(site.count(path), path).toBe(1);
  });

  it('shows "article fetches: N ok, M failed" on the index page, with the last failure', async () => {
    const row = sourceRow(await fetchIndexPage(config.file), 'digest');
    expect(row).toContain('article fetches: 1 ok, 2 failed');
    expect(row).toMatch(/title="last failure: fetcher: /);
  });
});

describe('full_text: auto', () => {
  let site: TeaserSite;

  beforeAll(async () => {
    site = await startTeaserSite();
    // 80 words and more: the feed's own text is kept without fetching the page.
    site.setFirstTeaser(
      Array.from(
        { length: 9 },
        () => 'The court in the region sat again this week and ruled.',
      ).join(' '),
    );
    const config = writeSiteConfig([
      { id: 'digest', url: `${site.base}/feeds/teasers.xml`, full_text: 'auto' },
    ]);
    await runTopicfeed(['fetch', '--config', config.file]);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('fetches the page only for entries whose feed text is under 80 words', () => {
    expect(site.count('/news/homiel-colony.html')).toBe(0);
    expect(site.count('/news/letters-stopped.html')).toBe(1);
    expect(site.count('/news/grodno-verdict.html')).toBe(1);
  });
});

describe('full_text_serve: true', () => {
  let site: TeaserSite;
  let config: { file: string; dir: string };

  beforeAll(async () => {
    site = await startTeaserSite();
    config = writeSiteConfig([
      {
        id: 'digest',
        url: `${site.base}/feeds/teasers.xml`,
        full_text: true,
        full_text_serve: true,
      },
    ]);
    await runTopicfeed(['fetch', '--config', config.file]);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('serves the extracted article, cleaned, instead of the teaser', async () => {
    for (const format of ['rss', 'atom', 'json']) {
      const { out } = await exportTopic(config.file, 'political-prisoners', format);
      expect(out).toContain('Varabei, 34, has been behind bars since the autumn of 2021');
      expect(out).toContain('Правозащитники сразу признали его политзаключенным.');
      for (const phrase of BOILERPLATE) expect(out, `${format}: ${phrase}`).not.toContain(phrase);
    }
  });
});
