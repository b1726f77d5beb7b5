import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/worker/extract-article.js';
import { createParsePool } from '../../src/worker/index.js';
import { buildArticlePage, SHELL_SENTENCES } from '../helpers/build-article-page.js';

const paragraphs = Array.from(
  { length: 40 },
  (_, i) =>
    `<p>Paragraph ${i} of the report: the hearing resumed after a short break and the defence asked for more time to study the documents.</p>`,
).join('\n');
const TWO_MB = 2 * 1024 * 1024;
const bigPage = buildArticlePage({
  title: 'A long report',
  bodyHtml: paragraphs,
  targetBytes: TWO_MB,
});
const URL = 'https://news.example/a/1';

describe('the extract job of the worker pool', () => {
  const pool = createParsePool({ size: 1, deadlineMs: 60_000 });
  afterAll(() => pool.close());

  it('extracts a 2 MB page in a worker exactly as extractArticle does, while the main thread runs on', async () => {
    expect(Buffer.byteLength(bigPage)).toBeGreaterThanOrEqual(TWO_MB);
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 1);
    const article = await pool.extract(bigPage, URL, 'A long report');
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect(article).toEqual(extractArticle(bigPage, URL, 'A long report'));
    expect(article.text).toContain('Paragraph 39 of the report');
    for (const sentence of SHELL_SENTENCES) expect(article.text).not.toContain(sentence);
  });

  it('hands back an extraction failure as an extractor error', async () => {
    await expect(pool.extract('<html><body></body></html>', URL, '')).rejects.toThrow(
      /^extractor: no article/,
    );
  });

  it('stops a page past the deadline and replaces the worker', async () => {
    const hurried = createParsePool({ size: 1, deadlineMs: 60_000 });
    try {
      await expect(hurried.extract(bigPage, URL, '', 1)).rejects.toThrow(
        /^extractor: extract exceeded deadline of 0\.001s$/,
      );
      const next = await hurried.extract(bigPage, URL, '');
      expect(next.text).toContain('Paragraph 0 of the report');
    } finally {
      await hurried.close();
    }
  });

  it('refuses a page over the element limit in the worker, before building its DOM', async () => {
    const strict = createParsePool({
      size: 1,
      deadlineMs: 60_000,
      articleLimits: { maxElements: 100, maxChars: 500_000 },
    });
    try {
      await expect(strict.extract(bigPage, URL, '')).rejects.toThrow(
        /^extractor: https:\/\/news\.example\/a\/1 has \d+ elements, over the limit of 100$/,
      );
    } finally {
      await strict.close();
    }
  });
});
