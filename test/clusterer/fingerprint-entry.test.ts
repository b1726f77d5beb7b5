import { describe, expect, it } from 'vitest';

import { fingerprintEntry, MAX_KEYS } from '../../src/clusterer/fingerprint-entry.js';
import { TRIAL_ORIGINAL } from './made-up-stories.js';
import { makeEntry } from './make-entry.js';

describe('fingerprintEntry', () => {
  it('indexes the url, content hash, text bands, entities, numbers, quotes and title words', () => {
    const { keys } = fingerprintEntry(makeEntry({ ...TRIAL_ORIGINAL, url: 'https://a.example/x' }));
    for (const prefix of ['u:', 'h:', 'm0:', 'e:', 'n:', 'q:', 't:']) {
      expect(keys.some((key) => key.startsWith(prefix))).toBe(true);
    }
    expect(keys.length).toBeLessThanOrEqual(MAX_KEYS);
  });

  it('is JSON-serialisable features', () => {
    const { features } = fingerprintEntry(makeEntry(TRIAL_ORIGINAL));
    expect(JSON.parse(JSON.stringify(features))).toEqual(features);
  });

  it('places an entry with no text on its title alone', () => {
    const { keys, features } = fingerprintEntry(
      makeEntry({ title: 'Storm cuts power to 60,000 homes in Riga', text: '' }),
    );
    expect(features.numbers).toContain('60000');
    expect(features.textWords).toBe(7);
    expect(keys.length).toBeGreaterThan(0);
  });

  it('survives an entry with neither title nor text', () => {
    const { keys } = fingerprintEntry(makeEntry({ title: '', text: '', contentHash: '' }));
    expect(keys).toEqual([]);
  });

  it('keeps keys and features bounded for thousands of paragraphs', () => {
    const paragraphs = Array.from(
      { length: 5000 },
      (_, i) =>
        `Minister Name${i} met Envoy Other${i} in Town${i} and said "we will sign ${i} deals this very year".`,
    );
    const { keys, features } = fingerprintEntry(
      makeEntry({ title: 'Long', text: paragraphs.join('\n') }),
    );
    expect(keys.length).toBeLessThanOrEqual(MAX_KEYS);
    expect(features.entities.length).toBeLessThanOrEqual(40);
    expect(features.numbers.length).toBeLessThanOrEqual(40);
    expect(features.quotes.length).toBeLessThanOrEqual(64);
  });
});
