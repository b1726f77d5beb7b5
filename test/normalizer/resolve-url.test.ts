import { describe, expect, it } from 'vitest';
import { pickBaseUrl, resolveUrl } from '../../src/normalizer/resolve-url.js';

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
