import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from '../../src/server/representation.js';

describe('negotiateEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip', 'gzip'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['GZIP', 'gzip'],
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
