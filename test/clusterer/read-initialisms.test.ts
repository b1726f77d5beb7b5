import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { prepareSide } from '../../src/clusterer/pair-side.js';
import {
  listAcronyms,
  listInitialisms,
  withInitialismsSaid,
} from '../../src/clusterer/read-initialisms.js';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';
import { tokenizeWithSentenceStarts } from '../../src/clusterer/text-features.js';
import { makeEntry } from './make-entry.js';

// Institutions and places are made up.
const tokens = (text: string) => tokenizeWithSentenceStarts(text, 100);
const initials = (text: string) =>
  listInitialisms(tokens(text), 16).map((entry) => entry.split(' ')[0]);
const features = (title: string, text: string) =>
  fingerprintEntry(makeEntry({ title, text })).features;

describe('listInitialisms', () => {
  it('reads the initials of a run of capitalised words, with and without its function words', () => {
    expect(initials('The Reserve Bank of Valdoria cut its rate.')).toEqual(['RBV', 'RBOV', 'BOV']);
    expect(initials('The Department of Fisheries said so.')).toEqual(['DOF']);
    expect(initials('Voters backed the Valdorian National Party on Sunday.')).toEqual(['VNP']);
  });

  it('keeps each with its words’ name skeletons, and reads no initials of one word or of Cyrillic', () => {
    expect(listInitialisms(tokens('The Valdorian National Party won.'), 4)).toEqual([
      ['VNP', ...['Valdorian', 'National', 'Party'].map((w) => skeletonizeName(w))].join(' '),
    ]);
    expect(initials('Valdoria voted.')).toEqual([]);
    expect(initials('Министерство Лесного Хозяйства сообщило')).toEqual([]);
  });
});

describe('listAcronyms', () => {
  it('reads the words written in capitals, three to five letters', () => {
    expect(
      listAcronyms(tokens('RBV trims rates as the EU and the VALDORIAN press watch'), 8),
    ).toEqual(['RBV']);
  });
});

describe('a copy that names an institution by its initials', () => {
  const full = features(
    "Valdoria's central bank cuts its rate to 3.35%",
    'The Reserve Bank of Valdoria cut its cash rate by 25 basis points to 3.35% on Tuesday.',
  );
  const short = features(
    'Central bank trims rates for the first time since May',
    'Borrowers got some relief as the RBV lowered its rate to 3.35%.',
  );

  it('is said by the copy that names it in full, and says its words', () => {
    const [saidFull, saidShort] = withInitialismsSaid(
      [],
      [],
      prepareSide(full),
      prepareSide(short),
    );
    expect(saidFull).toContain(skeletonizeName('RBV'));
    expect(saidShort).toContain(skeletonizeName('Reserve'));
    expect(measurePair(full, short).nameMismatch).toBe(0);
    // Without its initials read, the acronym is a name the other copy never says.
    expect(measurePair(full, { ...short, acronyms: [] }).nameMismatch).toBeGreaterThan(0);
  });

  it('is not said by a name that merely shares its consonants', () => {
    const other = features('Rubov trims his team', 'Coach Rubov cut two players.');
    expect(skeletonizeName('Rubov')).not.toBe('');
    const [saidFull] = withInitialismsSaid([], [], prepareSide(full), prepareSide(other));
    expect(saidFull).toEqual([]);
  });
});
