import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateUnrelatedStream } from '../helpers/unrelated-stream.js';
import { generateVariantStream, STREAM_VARIANTS } from '../helpers/unrelated-stream-variants.js';

/** Two capitalized words: a made-up name (or a popular one, said by many items). */
const NAME = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu;
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('the unrelated streams', () => {
  it('keep the training stream (seed 11) the shipped weights were fitted on, byte for byte', () => {
    const stream = generateUnrelatedStream({ feeds: 60, items: 3000, seed: 11, hours: 72 });
    expect(digest(stream)).toBe('243c7f994a3eb2016e28da420b359d206d0c9c2b898d5f4fc3905b9a0302debb');
  });

  it.each(STREAM_VARIANTS)(
    'draw the %s variant the same for a seed, another for another seed',
    (variant) => {
      const once = generateVariantStream(variant, 1, 300);
      expect(generateVariantStream(variant, 1, 300)).toEqual(once);
      expect(generateVariantStream(variant, 2, 300)).not.toEqual(once);
    },
  );

  it.each(STREAM_VARIANTS)(
    'give every item of the %s variant a protagonist of its own',
    (variant) => {
      const stream = generateVariantStream(variant, 1);
      // The lead (or the headline of a headline-only item) names the protagonist first or after a
      // place; each made-up name appears in exactly one item.
      const names = new Map<string, number>();
      for (const item of stream)
        for (const name of new Set(`${item.title} ${item.text}`.match(NAME) ?? []))
          names.set(name, (names.get(name) ?? 0) + 1);
      const protagonists = stream.map((item) =>
        (item.title.match(NAME) ?? []).find((name) => names.get(name) === 1),
      );
      expect(protagonists.filter((name) => name === undefined)).toEqual([]);
      expect(new Set(protagonists).size).toBe(stream.length);
    },
  );

  it('vary languages, length and time across the variants', () => {
    const mixed = generateVariantStream('mixed', 1);
    expect(new Set(mixed.map((item) => item.language))).toEqual(new Set(['en', 'ru', 'be']));
    expect(generateVariantStream('short', 1).some((item) => item.text === '')).toBe(true);
    const span = (variant: 'burst' | 'days') => {
      const times = generateVariantStream(variant, 1).map((item) => Date.parse(item.publishedAt));
      return (Math.max(...times) - Math.min(...times)) / 3_600_000;
    };
    expect(span('burst')).toBeLessThanOrEqual(6);
    expect(span('days')).toBeGreaterThan(24 * 14);
  });
});
