import { describe, expect, it } from 'vitest';
import { createRepresentation, negotiateEncoding } from '../../src/server/representation.js';

describe('negotiateEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip', 'gzip'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['GZIP', 'gzip'],
    ['deflate,\tGzip ', 'gzip'],
    [' Br ', 'br'],
    ['x-gzip, gzipped, brotli, bro', 'identity'],
    [',,', 'identity'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0, deflate', 'identity'],
    ['br;q=0.5, gzip;q=1', 'br'],
    ['*;q=0', 'identity'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('Representation.headers', () => {
  const rep = createRepresentation(
    '<rss>x</rss>',
    'application/rss+xml',
    new Date(1_700_000_000_500),
  );

  it('describes each answer: length of its coding, no body headers on 304', () => {
    const gzip = rep.headers('gzip', 60);
    expect(gzip['Content-Encoding']).toBe('gzip');
    expect(gzip['Content-Length']).toBe(rep.encoded('gzip').length);
    expect(rep.headers('identity', 60)['Content-Length']).toBe(rep.body.length);
    expect(rep.headers('identity', 60)['Content-Encoding']).toBeUndefined();
    const notModified = rep.headers('not-modified', 60);
    expect(notModified).toMatchObject({ ETag: rep.etag, 'Cache-Control': 'public, max-age=60' });
    expect(notModified['Content-Length']).toBeUndefined();
    expect(notModified['X-Content-Type-Options']).toBe('nosniff');
  });

  it('shares one table per answer until the max-age changes', () => {
    expect(rep.headers('gzip', 60)).toBe(rep.headers('gzip', 60));
    expect(Object.isFrozen(rep.headers('gzip', 60))).toBe(true);
    expect(rep.headers('gzip', 30)['Cache-Control']).toBe('public, max-age=30');
    expect(rep.headers('gzip', 30)).not.toBe(rep.headers('gzip', 60));
  });
});
