import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../../src/clusterer/index.js';
import { parseConfig } from '../../src/config/index.js';
import type { ArticleReader } from '../../src/ingest/index.js';
import { ingestEntries } from '../../src/ingest/index.js';
import { MAX_ARTICLES_PER_POLL, readSourceArticles } from '../../src/ingest/read-articles.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import { normalizeItem } from '../../src/normalizer/index.js';
import {
  createSqliteIngestStore,
  createSqliteIngestWriter,
  createWriteLock,
  type Db,
  migrate,
  openDatabase,
  pruneEntries,
  saveArticleFetches,
  syncSources,
} from '../../src/store/index.js';

const NOW = new Date('2025-06-20T12:00:00Z');

function setUp(fullText: string, serve = false) {
  const config = parseConfig(
    `retention: { days: 30 }
sources:
  - id: digest
    url: https://digest.example/feed.xml
    full_text: ${fullText}
    full_text_serve: ${serve}
`,
    '/tmp/topicfeed.yaml',
  );
  const db = openDatabase(':memory:');
  migrate(db, 'migrations');
  syncSources(db, config.sources);
  return { config, db };
}

function entry(n: number, description = `Teaser number ${n}.`, pubDate = '2025-06-19T10:00:00Z') {
  return normalizeItem(
    {
      guid: `item-${n}`,
      link: `https://digest.example/news/${n}.html`,
      title: `Headline ${n}`,
      summaryHtml: description,
      published: pubDate,
      categories: [],
    },
    { sourceId: 'digest', feedUrl: 'https://digest.example/feed.xml', now: NOW },
  );
}

/** A reader that answers every page with an article naming its URL, and counts what it was asked. */
function fakeReader(): ArticleReader & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    read: async (url) => {
      urls.push(url);
      const text = `The article behind ${url} tells the whole story in many more words than its teaser.`;
      return {
        status: 'ok',
        httpStatus: 200,
        finalUrl: url,
        durationMs: 1,
        article: { contentHtml: `<p>${text}</p>`, text, wordCount: 16 },
      };
    },
  };
}

async function store(
  db: Db,
  config: ReturnType<typeof setUp>['config'],
  entries: NormalizedEntry[],
  reader: ArticleReader,
) {
  const store = createSqliteIngestStore(db, createWriteLock());
  const deps = {
    store,
    config,
    logger: pino({ level: 'silent' }),
    articles: reader,
    now: () => NOW,
  };
  const step = await readSourceArticles('digest', entries, deps);
  await ingestEntries(createSqliteIngestWriter(db), config, new StoryIndex(), step.entries, NOW);
  saveArticleFetches(db, 'digest', step.fetches, NOW);
  return step;
}

describe('readSourceArticles', () => {
  it('fetches the page of each new entry and judges the entry by it', async () => {
    const { config, db } = setUp('true');
    const reader = fakeReader();
    const step = await store(db, config, [entry(1), entry(2)], reader);
    expect(reader.urls).toEqual([
      'https://digest.example/news/1.html',
      'https://digest.example/news/2.html',
    ]);
    expect(step.entries[0]?.text).toBe(
      'The article behind https://digest.example/news/1.html tells the whole story in many more words than its teaser.',
    );
    expect(step.entries[0]?.contentHtml).toBe('<p>Teaser number 1.</p>');
    expect(step.entries[0]?.contentHash).toBe(entry(1).contentHash);
  });

  it('serves the article with full_text_serve', async () => {
    const { config, db } = setUp('true', true);
    const step = await store(db, config, [entry(1)], fakeReader());
    expect(step.entries[0]?.contentHtml).toMatch(/^<p>The article behind/);
  });

  it('never fetches a page again: unchanged entries are left alone, changed ones get the stored article', async () => {
    const { config, db } = setUp('true');
    await store(db, config, [entry(1), entry(2)], fakeReader());
    const again = fakeReader();
    const step = await store(
      db,
      config,
      [entry(1), entry(2, 'Teaser number 2, corrected.')],
      again,
    );
    expect(again.urls).toEqual([]);
    expect(step.fetches).toEqual([]);
    expect(step.entries[0]).toEqual(entry(1));
    expect(step.entries[1]?.text).toMatch(
      /^The article behind https:\/\/digest\.example\/news\/2\.html/,
    );
    expect(step.entries[1]?.contentHtml).toBe('<p>Teaser number 2, corrected.</p>');
  });

  it('fetches nothing for an entry retention removed, or one already past retention', async () => {
    const { config, db } = setUp('true');
    await store(db, config, [entry(1)], fakeReader());
    pruneEntries(db, { sourceId: 'digest', cutoff: new Date('2025-06-19T12:00:00Z'), now: NOW });
    const reader = fakeReader();
    await store(db, config, [entry(1), entry(3, 'Old.', '2025-01-01T00:00:00Z')], reader);
    expect(reader.urls).toEqual([]);
  });

  it('with auto, fetches only for feed text under 80 words', async () => {
    const { config, db } = setUp('auto');
    const reader = fakeReader();
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    await store(db, config, [entry(1, long), entry(2)], reader);
    expect(reader.urls).toEqual(['https://digest.example/news/2.html']);
  });

  it('fetches a page once for entries repeating its key or link', async () => {
    const { config, db } = setUp('true');
    const reader = fakeReader();
    const twin = { ...entry(2), key: 'guid:other', link: entry(1).link };
    const step = await store(db, config, [entry(1), entry(1), twin], reader);
    expect(reader.urls).toEqual(['https://digest.example/news/1.html']);
    expect(step.fetches.map((f) => f.key)).toEqual(['guid:item-1', 'guid:other']);
  });

  it(`fetches at most ${MAX_ARTICLES_PER_POLL} pages in a poll, newest first, and records the others`, async () => {
    const { config, db } = setUp('true');
    const reader = fakeReader();
    const day = (n: number) => new Date(Date.UTC(2025, 5, 19, 0, n)).toISOString();
    const many = Array.from({ length: MAX_ARTICLES_PER_POLL + 2 }, (_, n) =>
      entry(n, `T${n}.`, day(n)),
    );
    const step = await store(db, config, many, reader);
    expect(reader.urls).toHaveLength(MAX_ARTICLES_PER_POLL);
    expect(reader.urls).not.toContain('https://digest.example/news/0.html');
    expect(reader.urls).not.toContain('https://digest.example/news/1.html');
    const skipped = step.fetches.filter((f) => f.status === 'failed');
    expect(skipped.map((f) => f.key).sort()).toEqual(['guid:item-0', 'guid:item-1']);
    expect(skipped[0]?.error).toBe(
      `ingest: not fetched: over ${MAX_ARTICLES_PER_POLL} new article pages in one poll`,
    );
  });

  it('keeps the feed text when the page says less than the feed', async () => {
    const { config, db } = setUp('true');
    const reader: ArticleReader = {
      read: async () => ({
        status: 'ok',
        durationMs: 1,
        article: { contentHtml: '<p>Cookies.</p>', text: 'Cookies.', wordCount: 1 },
      }),
    };
    const step = await store(db, config, [entry(1, 'A teaser of five words.')], reader);
    expect(step.entries[0]?.text).toBe('A teaser of five words.');
    expect(step.fetches[0]).toMatchObject({
      status: 'failed',
      error: "extractor: the page's main text (1 words) is no longer than the feed's (5 words)",
    });
  });

  it('does nothing for a source without full_text', async () => {
    const { config, db } = setUp('false');
    const reader = fakeReader();
    const step = await store(db, config, [entry(1)], reader);
    expect(reader.urls).toEqual([]);
    expect(step).toEqual({ entries: [entry(1)], fetches: [] });
  });
});
