import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  foldDocument,
  packFoldedDocument,
  unpackFoldedDocument,
} from '../../src/classifier/index.js';
import { fingerprintEntry } from '../../src/clusterer/index.js';
import { normalizeItem } from '../../src/normalizer/index.js';
import { parseFeed } from '../../src/parser/index.js';
import { readClaimReading } from '../../src/provenance/index.js';
import { createParsePool, decodeFingerprint, MAX_READ_TEXT_CHARS } from '../../src/worker/index.js';

function rss(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
}

function item(guid: string, date: string, description = 'text'): string {
  return `<item><guid>${guid}</guid><title>${guid}</title><pubDate>${date}</pubDate><description>${description}</description></item>`;
}

function bytesOf(text: string): { bytes: Uint8Array } {
  return { bytes: new TextEncoder().encode(text) };
}

describe('createParsePool', () => {
  const pool = createParsePool({
    size: 2,
    deadlineMs: 60_000,
    limits: { maxItems: 3, maxItemChars: 1_000 },
  });
  afterAll(() => pool.close());

  it('parses in a worker exactly as parseFeed does on the main thread', async () => {
    const xml = rss(item('a', 'Mon, 02 Jun 2025 10:00:00 GMT'));
    expect(await pool.parse(xml)).toEqual(await parseFeed(xml));
  });

  it('keeps the newest items up to the limit and cuts an over-long item', async () => {
    const days = ['01', '05', '03', '04', '02'];
    const items = days.map((d) => item(`d${d}`, `${d} Jun 2025 10:00:00 GMT`)).join('');
    const feed = await pool.parse(
      rss(items + item('long', '06 Jun 2025 10:00:00 GMT', 'x'.repeat(5_000))),
    );
    expect(feed.items.map((i) => i.guid)).toEqual(['d05', 'd04', 'long']);
    expect(feed.items[2]?.summaryHtml).toHaveLength(1_000);
    expect(feed.warnings.join('\n')).toMatch(/3 older items dropped[\s\S]*cut to 1000 characters/);
  });

  it('parses and normalizes in one job exactly as the two steps do on the main thread', async () => {
    const xml = rss(
      item(
        'a',
        'Mon, 02 Jun 2025 10:00:00 GMT',
        '&lt;p&gt;Hello &lt;b&gt;Minsk&lt;/b&gt;&lt;/p&gt;',
      ),
    );
    const context = { sourceId: 's', feedUrl: 'https://example.org/feed', now: new Date(0) };
    const { feed, entries } = await pool.parseEntries(bytesOf(xml), context);
    const parsed = await parseFeed(xml);
    expect(feed).toEqual({ ...parsed, items: [] });
    const expected = parsed.items.map((i) =>
      normalizeItem(i, { ...context, feedLink: parsed.link }),
    );
    expect(entries).toEqual(expected);
    const notFeed = bytesOf('<html>no feed</html>');
    await expect(pool.parseEntries(notFeed, context)).rejects.toThrow(/^parser: /);
  });

  it('prepares each entry in the job exactly as the main thread would (fingerprint, provenance reading, folded words)', async () => {
    const text =
      '&lt;p&gt;Judge Anna Kovalenko sentenced 3 activists in Minsk. &quot;We will not stop speaking,&quot; said one of them.&lt;/p&gt;';
    const xml = rss(
      item('a', 'Mon, 02 Jun 2025 10:00:00 GMT', text) +
        item('b', 'Mon, 02 Jun 2025 11:00:00 GMT', 'Court in Minsk'),
    );
    const context = { sourceId: 's', feedUrl: 'https://example.org/feed', now: new Date(0) };
    const { entries, preparations } = await pool.parseEntries(bytesOf(xml), context);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      const member = { entryId: 7, sourceId: entry.sourceId, title: entry.title, text: entry.text };
      const { keys, features } = fingerprintEntry(entry);
      expect(preparations.get(entry)).toEqual({
        fingerprint: { keys, features: JSON.stringify(features) },
        reading: readClaimReading(member),
        document: packFoldedDocument(foldDocument(entry)),
      });
      const { fingerprint, document } = preparations.get(entry) ?? {};
      expect(fingerprint && decodeFingerprint(fingerprint)).toStrictEqual(fingerprintEntry(entry));
      expect(document && unpackFoldedDocument(document)).toEqual(foldDocument(entry));
    }
    // A later step that replaces an entry (an article's text applied) finds nothing prepared.
    const [first] = entries;
    expect(first && preparations.get({ ...first, text: 'the article' })).toBeUndefined();
  });

  it('leaves a long text unread for provenance (a reading is a few times the text it reads)', async () => {
    const long = 'Word '.repeat(MAX_READ_TEXT_CHARS / 4);
    const xml = rss(item('long', 'Mon, 02 Jun 2025 10:00:00 GMT', long));
    const context = { sourceId: 's', feedUrl: 'https://example.org/feed', now: new Date(0) };
    const big = createParsePool({ size: 1, deadlineMs: 60_000 });
    try {
      const { entries, preparations } = await big.parseEntries(bytesOf(xml), context);
      const [entry] = entries;
      expect(entry?.text.length).toBeGreaterThan(MAX_READ_TEXT_CHARS);
      const prepared = entry && preparations.get(entry);
      const fingerprint = prepared?.fingerprint;
      expect(fingerprint && decodeFingerprint(fingerprint)).toStrictEqual(
        entry && fingerprintEntry(entry),
      );
      expect(prepared?.reading).toBeUndefined();
    } finally {
      await big.close();
    }
  });

  it('moves the bytes to the worker (detached here, not copied) and decodes their charset there', async () => {
    const title = 'Палітвязні на волі';
    const xml = rss(item(title, 'Mon, 02 Jun 2025 10:00:00 GMT'));
    const bytes = new Uint8Array(iconv.encode(xml, 'windows-1251'));
    const context = { sourceId: 's', feedUrl: 'https://example.org/feed', now: new Date(0) };
    const pending = pool.parseEntries(
      { bytes, contentType: 'application/rss+xml; charset=windows-1251' },
      context,
    );
    const { entries } = await pending;
    expect(bytes.buffer.byteLength).toBe(0);
    expect(entries.map((e) => e.title)).toEqual([title]);
  });

  it('copies bytes that are a view into a shared buffer instead of detaching it', async () => {
    const xml = rss(item('shared', 'Mon, 02 Jun 2025 10:00:00 GMT'));
    const shared = Buffer.from(`0123${xml}`);
    const bytes = shared.subarray(4);
    const context = { sourceId: 's', feedUrl: 'https://example.org/feed', now: new Date(0) };
    const { entries } = await pool.parseEntries({ bytes }, context);
    expect(entries.map((e) => e.title)).toEqual(['shared']);
    expect(shared.toString('latin1', 0, 4)).toBe('0123');
    expect(bytes.byteLength).toBe(Buffer.byteLength(xml));
  });

  it('hands back a parse failure as a stage-prefixed error', async () => {
    await expect(pool.parse('<html><body>no feed</body></html>')).rejects.toThrow(
      /^parser: unable to parse XML feed/,
    );
  });

  it('runs more jobs than workers, each to completion', async () => {
    const jobs = Array.from({ length: 7 }, (_, n) =>
      pool.parse(rss(item(`j${n}`, '02 Jun 2025 10:00:00 GMT'))),
    );
    const feeds = await Promise.all(jobs);
    expect(feeds.map((f) => f.items[0]?.guid)).toEqual(['j0', 'j1', 'j2', 'j3', 'j4', 'j5', 'j6']);
  });

  it('abandons a job past its deadline, then parses the next one in a fresh worker', async () => {
    const big = rss(item('big', '02 Jun 2025 10:00:00 GMT', 'word '.repeat(4_000_000)));
    await expect(pool.parse(big, 1)).rejects.toThrow('parser: parse exceeded deadline of 0.001s');
    const feed = await pool.parse(rss(item('after', '02 Jun 2025 10:00:00 GMT')));
    expect(feed.items[0]?.guid).toBe('after');
  });

  it('rejects work once closed', async () => {
    const closed = createParsePool({ size: 1, deadlineMs: 1_000 });
    await closed.close();
    await expect(closed.parse(rss(''))).rejects.toThrow('parser: parse pool is closed');
  });
});

describe('createParsePool feed jobs on a large feed', () => {
  it('hands back every entry, in order, when they come back in several chunks', async () => {
    const pool = createParsePool({ size: 1, deadlineMs: 120_000 });
    try {
      const body = (n: number) => `&lt;p&gt;${`story ${n} word `.repeat(1_500)}&lt;/p&gt;`;
      const items = Array.from({ length: 60 }, (_, n) =>
        item(`g${n}`, `Mon, 02 Jun 2025 10:${String(n).padStart(2, '0')}:00 GMT`, body(n)),
      );
      const xml = rss(items.join(''));
      const context = { sourceId: 's', feedUrl: 'https://example.org/feed', now: new Date(0) };
      const { entries } = await pool.parseEntries(bytesOf(xml), context);
      const parsed = await parseFeed(xml);
      const expected = parsed.items.map((i) =>
        normalizeItem(i, { ...context, feedLink: parsed.link }),
      );
      // Over 1 MB of text: several chunks of about 256k characters.
      expect(expected.reduce((sum, e) => sum + e.text.length, 0)).toBeGreaterThan(1_000_000);
      expect(entries).toEqual(expected);
    } finally {
      await pool.close();
    }
  });
});

describe('createParsePool normalize jobs', () => {
  it('normalizes items in a worker exactly as normalizeItem does', async () => {
    const pool = createParsePool({ size: 1, deadlineMs: 60_000 });
    try {
      const feed = await parseFeed(
        rss(item('n1', 'Mon, 02 Jun 2025 10:00:00 GMT', '&lt;p onclick="x()"&gt;Hello&lt;/p&gt;')),
      );
      const context = {
        sourceId: 's',
        feedUrl: 'http://example.org/feed',
        now: new Date('2025-06-10T00:00:00Z'),
      };
      const entries = await pool.normalize(feed.items, context);
      expect(entries).toEqual(feed.items.map((i) => normalizeItem(i, context)));
      expect(entries[0]?.contentHtml).toBe('<p>Hello</p>');
    } finally {
      await pool.close();
    }
  });
});
