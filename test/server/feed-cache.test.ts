import { describe, expect, it } from 'vitest';
import { FeedCache } from '../../src/server/feed-cache.js';
import { createRepresentation } from '../../src/server/representation.js';

const rep = (text: string) => createRepresentation(text, 'application/rss+xml', new Date(0));

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
    const belarus = rep('<rss>b</rss>');
    const all = rep('<rss>a</rss>');
    cache.remember('/feeds/belarus.rss?limit=10', 'belarus', belarus);
    cache.remember('/feeds/all.rss', 'all', all);
    expect(cache.lookup('/feeds/belarus.rss?limit=10')).toBe(belarus);
    expect(cache.lookup('/feeds/belarus.rss')).toBeUndefined();
    cache.invalidate(['belarus']);
    expect(cache.lookup('/feeds/belarus.rss?limit=10')).toBeUndefined();
    expect(cache.lookup('/feeds/all.rss')).toBe(all);
    cache.clear();
    expect(cache.lookup('/feeds/all.rss')).toBeUndefined();
  });
});
