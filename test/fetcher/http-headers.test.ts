import { describe, expect, it } from 'vitest';
import { parseMaxAge, parseRetryAfter } from '../../src/fetcher/http-headers.js';

const now = new Date('2025-06-22T12:00:00Z');

describe('header parsing', () => {
  it('reads Retry-After as seconds or an HTTP date, capped at 24 h, ignoring past or junk', () => {
    expect(parseRetryAfter('90', now)?.toISOString()).toBe('2025-06-22T12:01:30.000Z');
    expect(parseRetryAfter('Sun, 22 Jun 2025 14:00:00 GMT', now)?.toISOString()).toBe(
      '2025-06-22T14:00:00.000Z',
    );
    expect(parseRetryAfter('999999', now)?.toISOString()).toBe('2025-06-23T12:00:00.000Z');
    expect(parseRetryAfter('Sun, 22 Jun 2025 11:00:00 GMT', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('reads Cache-Control max-age', () => {
    expect(parseMaxAge('public, max-age=300')).toBe(300);
    expect(parseMaxAge('no-cache')).toBe(0);
    expect(parseMaxAge('s-maxage=10, private')).toBeUndefined();
  });
});
