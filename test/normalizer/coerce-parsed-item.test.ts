import { describe, expect, it } from 'vitest';
import type { ParsedItem } from '../../src/model/index.js';
import { coerceParsedItem } from '../../src/normalizer/coerce-parsed-item.js';

describe('coerceParsedItem', () => {
  it('keeps string fields and drops others with a warning', () => {
    const warnings: string[] = [];
    const raw = {
      title: 't',
      link: 42,
      categories: ['a', 7, null],
      published: null,
    } as unknown as ParsedItem;
    expect(coerceParsedItem(raw, warnings)).toEqual({ title: 't', categories: ['a'] });
    expect(warnings).toEqual(['normalizer: link dropped: not a string']);
  });
});
