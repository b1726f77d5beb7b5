import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../src/clusterer/extract-numbers.js';

describe('extractNumbers', () => {
  it('reads thousands separators in every convention as one number', () => {
    expect(extractNumbers('1,000 and 1 000 and 1000 and 1\u00a0000', 10)).toEqual(['1000']);
  });

  it('reads a decimal comma as a decimal point', () => {
    expect(extractNumbers('inflation of 2,5% versus 2.5 percent', 10)).toEqual(['2.5']);
  });

  it('leaves years out', () => {
    expect(extractNumbers('arrested in 2020, jailed for 18 years in 2021', 10)).toEqual(['18']);
  });

  it('ignores digits inside words and URLs, and stops at the limit', () => {
    expect(extractNumbers('the A320 see https://x.example/7 then 5, 6, 7, 8', 3)).toEqual([
      '5',
      '6',
      '7',
    ]);
  });
});
