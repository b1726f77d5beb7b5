import { describe, expect, it } from 'vitest';
import { FeedCache } from '../../src/server/feed-cache.js';
import { createRepresentation } from '../../src/server/representation.js';

const rep = (text: string) => createRepresentation(text, 'application/rss+xml', new Date(0));

/** Text that does not compress much, so compressed variants add real bytes. */
function noise(bytes: number, seed: number): string {
  let text = '';
  let x = seed;
  while (text.length < bytes) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    text += x.toString(36);
  }
  return text.slice(0, bytes);
}

describe('FeedCache', () => {
  it('builds a representation once per topic and request shape', () => {
    const cache = new FeedCache();
    let builds = 0;
    const build = () => {
      builds++;
      return rep('<rss/>');
    };
    const first = cache.get('belarus', 'rss:50:1', build);
    expect(cache.get('belarus', 'rss:50:1', build)).toBe(first);
    cache.get('belarus', 'atom:50:1', build);
    expect(builds).toBe(2);
  });

  it('remembers the exact request target until its topic changes', () => {
    const cache = new FeedCache();
    const belarus = cache.get('belarus', 'rss:10:1', () => rep('<rss>b</rss>'));
    const all = cache.get('all', 'rss:50:1', () => rep('<rss>a</rss>'));
    cache.remember('/feeds/belarus.rss?limit=10', 'belarus', 'rss:10:1');
    cache.remember('/feeds/all.rss', 'all', 'rss:50:1');
    expect(cache.lookup('/feeds/belarus.rss?limit=10')).toBe(belarus);
    expect(cache.lookup('/feeds/belarus.rss')).toBeUndefined();
    cache.invalidate(['belarus']);
    expect(cache.lookup('/feeds/belarus.rss?limit=10')).toBeUndefined();
    expect(cache.lookup('/feeds/all.rss')).toBe(all);
    cache.clear();
    expect(cache.lookup('/feeds/all.rss')).toBeUndefined();
  });

  it('compresses only the codings asked for, and counts them in its bytes', () => {
    const cache = new FeedCache();
    const r = cache.get('all', 'rss:50:1', () => rep(noise(10_000, 1)));
    expect(r.size).toBe(10_000);
    expect(cache.bytes).toBe(10_000);
    const gzip = r.encoded('gzip');
    expect(r.encoded('gzip')).toBe(gzip);
    expect(cache.bytes).toBe(10_000 + gzip.length);
    const br = r.encoded('br');
    expect(cache.bytes).toBe(10_000 + gzip.length + br.length);
  });

  it('stays within its byte budget: least recently used entries are evicted and freed', () => {
    const cache = new FeedCache(100_000);
    const keep = cache.get('all', 'rss:50:1', () => rep(noise(20_000, 0)));
    for (let limit = 1; limit <= 200; limit++) {
      const r = cache.get('all', `json:${limit}:1`, () => rep(noise(20_000, limit)));
      cache.remember(`/feeds/all.json?limit=${limit}&x=${limit}`, 'all', `json:${limit}:1`);
      r.encoded('gzip');
      r.encoded('br');
      expect(cache.bytes).toBeLessThanOrEqual(100_000);
      cache.get('all', 'rss:50:1', () => rep('rebuilt'));
    }
    expect(cache.get('all', 'rss:50:1', () => rep('rebuilt'))).toBe(keep);
    expect(cache.size).toBeLessThanOrEqual(5);
    expect(cache.lookup('/feeds/all.json?limit=1&x=1')).toBeUndefined();
    const held = [...Array(200).keys()].filter(
      (i) => cache.lookup(`/feeds/all.json?limit=${i + 1}&x=${i + 1}`) !== undefined,
    );
    expect(held.length).toBeLessThanOrEqual(4);
  });

  it('serves but does not keep a representation larger than the whole budget', () => {
    const cache = new FeedCache(1_000);
    let builds = 0;
    const build = () => {
      builds++;
      return rep(noise(5_000, 3));
    };
    cache.get('all', 'rss:500:1', build);
    cache.get('all', 'rss:500:1', build);
    expect(builds).toBe(2);
    expect(cache.bytes).toBe(0);
  });
});
