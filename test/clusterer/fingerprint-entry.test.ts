import { describe, expect, it } from 'vitest';

import {
  fingerprintEntry,
  MAX_KEYS,
  restoreFingerprint,
} from '../../src/clusterer/fingerprint-entry.js';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';
import { TRIAL_ORIGINAL } from './made-up-stories.js';
import { makeEntry } from './make-entry.js';

describe('fingerprintEntry', () => {
  it('indexes the url, content hash, headline, text bands, names, words, numbers and quotes', () => {
    const { keys } = fingerprintEntry(makeEntry({ ...TRIAL_ORIGINAL, url: 'https://a.example/x' }));
    for (const prefix of ['u:', 'h:', 't:', 'm0:', 'e:', 'w:', '#:', 'q:']) {
      expect(keys.some((key) => key.startsWith(prefix))).toBe(true);
    }
    expect(keys.length).toBeLessThanOrEqual(MAX_KEYS);
  });

  it('marks a given name before a surname as not distinctive, and an office title as no name', () => {
    const { features } = fingerprintEntry(
      makeEntry({
        title: 'Foreign Minister Anna Kowalczyk visits Mirgrad',
        text: 'On Monday Anna Kowalczyk, the foreign minister, arrived in Mirgrad.',
      }),
    );
    expect(features.titleGivenNames).toEqual(['w:anna']);
    expect(features.titleNames).not.toContain(skeletonizeName('Foreign'));
    expect(features.titleNames).not.toContain(skeletonizeName('Minister'));
  });

  it('reads "United States" as the country, not as the United Nations and a name', () => {
    const { features } = fingerprintEntry(
      makeEntry({ title: 'Envoys of the United States and the United Nations meet', text: '' }),
    );
    expect(features.titleCross).toEqual(
      expect.arrayContaining(['c:united-states', 'c:united-nations']),
    );
    expect(features.titleNames).toEqual([]);
  });

  it('reads a dateline month shortened ("Nov 18", "Sept. 3") as no name and no word', () => {
    const { features } = fingerprintEntry(
      makeEntry({
        title: 'Mirgrad shuts schools over smog',
        text: 'MIRGRAD, Nov 18 (Lantern) – Schools in Mirgrad closed on Sept. 3 and again on Oct 2; buses run free until Dec. 1.',
      }),
    );
    for (const month of ['Nov', 'Sept', 'Oct', 'Dec']) {
      expect(features.leadNames).not.toContain(skeletonizeName(month));
      expect(features.leadTerms).not.toContain(`w:${month.toLowerCase()}`);
    }
    expect(features.leadNames).toContain(skeletonizeName('Mirgrad'));
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
    expect(features.titleNumbers).toContain('60000');
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

describe('fingerprintEntry: what a headline says', () => {
  it('mentions a Latin name in the plural by its stem too, as Cyrillic declines it', () => {
    const mentions = (title: string) =>
      fingerprintEntry(makeEntry({ title, text: '' })).features.titleMentions;
    const tatras = fingerprintEntry(makeEntry({ title: 'Снежная буря в Татрах', text: '' }));
    expect(mentions('Snowstorm traps hikers in the High Tatras')).toEqual(
      expect.arrayContaining(tatras.features.titleNames),
    );
    expect(mentions('Floods in the Pyrenees')).toContain(skeletonizeName('Пиренеях'));
    // No stem of a name that ends in -us, -is, -ss: Vilnius, Paris, Ross.
    expect(mentions('Vilnius and Paris meet Ross')).toEqual(
      ['Vilnius', 'Paris', 'Ross'].map(skeletonizeName),
    );
  });

  it('reads names, lexicon concepts and numbers that carry across languages', () => {
    const en = fingerprintEntry(
      makeEntry({ title: 'Court sentences blogger Tsikhanouski to eighteen years', text: '' }),
    ).features;
    const ru = fingerprintEntry(
      makeEntry({ title: 'Суд приговорил блогера Тихановского к 18 годам', text: '' }),
    ).features;
    expect(en.language).toBe('en');
    expect(ru.language).toBe('ru');
    for (const term of ['c:sentence', 'e:tknf', '#:18'])
      for (const features of [en, ru]) expect(features.titleCross).toContain(term);
    expect(en.titleEvents).toEqual(['sentence']);
    expect(en.evidence).toContain('e:tknf=Tsikhanouski');
  });

  it('reads hyphenated words part by part, but not number words or words the lexicon knows whole', () => {
    const features = (title: string) => fingerprintEntry(makeEntry({ title, text: '' })).features;
    const ex = features('Ex-minister of harbours meets pro-Dombrecht leaders');
    expect(ex.titleTerms).toContain('c:minister');
    expect(ex.titleNames).toContain(skeletonizeName('Dombrecht'));
    expect(features('Twenty-one sailors rescued off the cape').titleNumbers).toEqual(['21']);
    expect(features('Editor on hunger-strike in the capital').titleTerms).toContain(
      'c:hunger-strike',
    );
  });

  it('reads a scale after digits once, as the number it scales, in every language', () => {
    const features = (title: string) => fingerprintEntry(makeEntry({ title, text: '' })).features;
    // Not also "million" alone, a million that the other side never says.
    expect(
      features('Painting of Vardo harbour sells for record $31.4 million').titleNumbers,
    ).toEqual(['31400000']);
    const be = features('Карціну з Варды прадалі за рэкордныя 31,4 мільёна долараў');
    expect(be.titleNumbers).toEqual(['31400000']);
    expect(be.titleNumberKinds).toEqual(['money=31400000']);
    // Number words alone still say their number.
    expect(features('Two million visitors expected in Vardo').titleNumbers).toEqual(['2000000']);
  });

  it('tells an explainer, a live page and a gallery from a report', () => {
    const genre = (title: string) =>
      fingerprintEntry(makeEntry({ title, text: '' })).features.genre;
    expect(genre('Who is the new prime minister of Peru?')).toBe('explainer');
    expect(genre('Live: markets rise as rates hold')).toBe('live');
    expect(genre('Lunar New Year celebrations around the world, in pictures')).toBe('gallery');
    expect(genre('Peru ousts interim president over corruption probe')).toBe('');
  });

  it('keys an identical headline, numbers included, and only from four words', () => {
    const key = (title: string) =>
      fingerprintEntry(makeEntry({ title, text: '' })).features.titleKey;
    expect(key('Storm leaves 3,700 homes dark')).toBe(key('Storm leaves 3,700 homes dark'));
    expect(key('Storm leaves 3,700 homes dark')).not.toBe(key('Storm leaves 2,800 homes dark'));
    expect(key('Daily briefing')).toBe('');
  });
});

describe('restoreFingerprint', () => {
  it('rebuilds the keys of stored features of this version, and refuses others', () => {
    const { keys, features } = fingerprintEntry(makeEntry(TRIAL_ORIGINAL));
    const stored = JSON.parse(JSON.stringify(features));
    expect(restoreFingerprint(stored)).toEqual({ keys, features });
    expect(restoreFingerprint({ ...stored, version: 1 })).toBeUndefined();
    expect(restoreFingerprint({ entities: [] })).toBeUndefined();
    expect(restoreFingerprint(null)).toBeUndefined();
  });
});
