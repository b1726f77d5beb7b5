import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/parser/index.js';
import { openBenchApp } from './app.js';
import { generateFeed } from './corpus.js';
import { mutateText } from './mutate-text.js';
import { seedStore } from './seed-store.js';
import { median } from './stats.js';
import { parseWrkOutput } from './wrk.js';

const WRK_OUTPUT = `Running 10s test @ http://127.0.0.1:41235/feeds/all.rss
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    12.01ms    3.10ms  80.22ms   91.02%
    Req/Sec     4.20k   310.55     4.80k    70.00%
  Latency Distribution
     50%   11.50ms
     75%   12.80ms
     90%   14.10ms
     99%  850.00us
  41790 requests in 10.00s, 8.01GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
Requests/sec:   4178.12
Transfer/sec:    820.11MB
`;

describe('bench helpers', () => {
  it('reads requests, requests/s, percentiles in their units and socket errors from wrk output', () => {
    expect(parseWrkOutput(WRK_OUTPUT)).toEqual({
      requests: 41790,
      requestsPerSec: 4178.12,
      p50Ms: 11.5,
      p99Ms: 0.85,
      errors: 3,
    });
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives variant entities a suffix in their own script and leaves variant 0 alone', () => {
    const text = 'Lukashenko met Путин 3 times';
    expect(mutateText(text, 0)).toBe(text);
    expect(mutateText(text, 12)).toBe('Lukashenkobc met Путинбв 87 times');
  });

  it('generates a feed that topicfeed parses into the asked number of items', async () => {
    const articles = [
      {
        title: 'Court jails blogger',
        sentences: [
          'The court in Minsk sentenced him.',
          'His lawyer said he will appeal.',
          'Viasna counts 1,150 prisoners.',
        ],
      },
    ];
    const spec = {
      articles,
      seed: 1,
      items: 7,
      stories: 4,
      itemHtmlBytes: 400,
      newest: new Date('2025-06-01T00:00:00Z'),
    };
    const rss = await parseFeed(generateFeed({ ...spec, index: 0 }));
    const atom = await parseFeed(generateFeed({ ...spec, index: 1 }));
    expect([rss.format, rss.items.length]).toEqual(['rss', 7]);
    expect([atom.format, atom.items.length]).toEqual(['atom', 7]);
    expect(rss.items[0]?.contentHtml).toContain('<p>');
  });

  it("seeds the copies of a pool entry within a story's window as that story, later ones apart", async () => {
    const articles = [
      { title: 'Court jails blogger', sentences: ['The court sentenced him.', 'He will appeal.'] },
    ];
    // Two pool entries, 8 entries: each pool entry is copied every second entry.
    const seeded = async (spanDays: number) => {
      const bench = await openBenchApp('seed-test', [{ id: 'a', url: 'https://a.example.org/f' }]);
      try {
        const spec = { articles, sourceIds: ['a'], count: 8, spanDays, poolSize: 2 };
        seedStore(bench.app.db, bench.app.config, { ...spec, newest: new Date() });
        const rows = bench.app.db.prepare('SELECT story_id AS s FROM entries ORDER BY id').all();
        const stories = bench.app.db.prepare('SELECT count(*) AS n FROM stories').get();
        return { stories: (rows as { s: number }[]).map((row) => row.s), count: stories };
      } finally {
        bench.dispose();
      }
    };
    // Over 8 days a copy follows the last one after 2 days: the copy two days after a story's
    // first joins it, the one four days after founds another.
    expect(await seeded(8)).toEqual({ stories: [1, 2, 1, 2, 5, 6, 5, 6], count: { n: 4 } });
    // Over 32 days, 8 days apart: every entry is a story of its own.
    expect(await seeded(32)).toEqual({ stories: [1, 2, 3, 4, 5, 6, 7, 8], count: { n: 8 } });
  });
});
