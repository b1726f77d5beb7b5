import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/fetcher/is-private-address.js';
import { parseMaxAge } from '../../src/fetcher/parse-max-age.js';
import { parseRetryAfter } from '../../src/fetcher/parse-retry-after.js';

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

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '172.32.0.1', '2606:4700:4700::1111', '::ffff:93.184.216.34'])(
    'allows %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});
