import { describe, expect, it } from 'vitest';
import {
  canonicalizeUrl,
  deriveLooseUrlKey,
  pickBaseUrl,
  resolveUrl,
} from '../../src/normalizer/urls.js';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTPS://News.Example:443/a/B?x=1#frag', 'https://news.example/a/B?x=1'],
    ['http://news.example:80/a', 'http://news.example/a'],
    ['http://news.example:8080/a', 'http://news.example:8080/a'],
    [
      'https://news.example/a?utm_source=rss&utm_medium=feed&id=7&fbclid=x&gclid=y&yclid=z&mc_cid=1&mc_eid=2&_ga=3',
      'https://news.example/a?id=7',
    ],
    ['https://news.example/a?UTM_Campaign=x', 'https://news.example/a'],
    ['https://www.news.example/amp/a', 'https://www.news.example/amp/a'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalizeUrl(raw)).toBe(canonical);
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(canonicalizeUrl('/relative')).toBeUndefined();
    expect(canonicalizeUrl('javascript:alert(1)')).toBeUndefined();
    expect(canonicalizeUrl('mailto:a@b.example')).toBeUndefined();
  });
});

describe('deriveLooseUrlKey', () => {
  it('gives www, mobile, AMP and tracking variants of one article the same key', () => {
    const variants = [
      'https://news.example/2025/06/21/story/',
      'http://www.news.example/2025/06/21/story',
      'https://m.news.example/2025/06/21/story/?utm_source=x',
      'https://amp.news.example/2025/06/21/story/amp/',
      'https://news.example/amp/2025/06/21/story',
      'https://news.example/2025/06/21/story?amp=1',
    ];
    expect(new Set(variants.map(deriveLooseUrlKey))).toEqual(
      new Set(['news.example/2025/06/21/story']),
    );
  });

  it('keeps different articles apart', () => {
    expect(deriveLooseUrlKey('https://news.example/a?id=1')).not.toBe(
      deriveLooseUrlKey('https://news.example/a?id=2'),
    );
  });
});

describe('pickBaseUrl', () => {
  it('prefers xml:base, then the item link, then the feed URL', () => {
    expect(
      pickBaseUrl(['https://b.example/x/', 'https://item.example/', 'https://feed.example/rss']),
    ).toBe('https://b.example/x/');
    expect(pickBaseUrl([undefined, 'https://item.example/p', 'https://feed.example/rss'])).toBe(
      'https://item.example/p',
    );
    expect(pickBaseUrl([undefined, undefined, 'https://feed.example/rss'])).toBe(
      'https://feed.example/rss',
    );
  });

  it('resolves a relative xml:base against the later candidates and skips unsafe ones', () => {
    expect(pickBaseUrl(['sub/', 'https://item.example/a/'])).toBe('https://item.example/a/sub/');
    expect(pickBaseUrl(['javascript:alert(1)', 'https://item.example/'])).toBe(
      'https://item.example/',
    );
  });
});

describe('resolveUrl', () => {
  it('makes links absolute and refuses unsafe schemes', () => {
    expect(resolveUrl(' /a ', 'https://x.example/b/c')).toBe('https://x.example/a');
    expect(resolveUrl('java\tscript:alert(1)', 'https://x.example/')).toBeUndefined();
    expect(resolveUrl('relative', undefined)).toBeUndefined();
  });
});
