import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeProvenance, type ProvenanceMember } from '../../src/provenance/index.js';
import { TRIAL_ORIGINAL, TRIAL_REWRITE, TRIAL_RUSSIAN } from '../clusterer/made-up-stories.js';

const SEEDS = path.resolve(import.meta.dirname, '../fixtures/seeds');

/** A seed document as an entry: its Jekyll front matter (a title) off, its body the text. */
function readSeed(file: string, entryId: number): ProvenanceMember {
  const raw = readFileSync(path.join(SEEDS, file), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/u.exec(raw);
  const title = /^title: "(.*)"$/mu.exec(front?.[1] ?? '')?.[1] ?? raw.split('\n')[0] ?? '';
  return {
    entryId,
    sourceId: `seed-${entryId}`,
    title,
    text: raw.slice(front?.[0].length ?? 0),
    language: 'en',
  };
}

function member(
  entryId: number,
  story: { title: string; text: string },
  language: string,
): ProvenanceMember {
  return { entryId, sourceId: `source-${entryId}`, ...story, language };
}

describe('computeProvenance on the seed documents (an article and its rewrite)', () => {
  const original = readSeed('000_67f031443b04ee79.txt', 1);
  const rewrite = readSeed('001_7c23960cd4a7bee2.txt', 2);
  const result = computeProvenance([original, rewrite]);

  it('shows the place the rewrite invents as unique to it, and not to the original', () => {
    expect(result.members[2]?.names).toContain('Vilnius');
    expect(result.members[1]?.names).not.toContain('Vilnius');
  });

  it('shows the quote the rewrite invents as unique to it', () => {
    expect(result.members[2]?.quotes).toEqual([
      'With my release, I want fellow Belarusians to see me as a symbol for their struggle against repression',
    ]);
  });

  it('does not call a quote cut from a longer one of the original unique', () => {
    const all = [...(result.members[1]?.quotes ?? []), ...(result.members[2]?.quotes ?? [])];
    expect(all.some((quote) => /with one word/iu.test(quote))).toBe(false);
    expect(result.shared.quotes.some((quote) => /with one word he could free/iu.test(quote))).toBe(
      true,
    );
  });

  it('lists what both carry as shared: names, numbers in digits', () => {
    expect(result.shared.names).toEqual(
      expect.arrayContaining(['Alexander Lukashenko', 'Lithuania']),
    );
    expect(result.shared.numbers).toEqual(expect.arrayContaining(['1,000', '18']));
  });
});

describe('computeProvenance on copies that add nothing', () => {
  it('finds nothing unique in a verbatim copy, nor in the original it copies', () => {
    const result = computeProvenance([
      member(1, TRIAL_ORIGINAL, 'en'),
      member(2, TRIAL_ORIGINAL, 'en'),
    ]);
    expect(result.members[1]).toEqual({ quotes: [], names: [], numbers: [] });
    expect(result.members[2]).toEqual({ quotes: [], names: [], numbers: [] });
  });

  it('finds nothing unique in a shortened brief (the first paragraphs)', () => {
    const brief = {
      title: TRIAL_ORIGINAL.title,
      text: TRIAL_ORIGINAL.text.split('\n').slice(0, 2).join('\n'),
    };
    const result = computeProvenance([member(1, TRIAL_ORIGINAL, 'en'), member(2, brief, 'en')]);
    expect(result.members[2]).toEqual({ quotes: [], names: [], numbers: [] });
  });

  it('finds nothing unique in a translation: quote, transliterated names and numbers in words match', () => {
    const result = computeProvenance([
      member(1, TRIAL_ORIGINAL, 'en'),
      member(2, TRIAL_RUSSIAN, 'ru'),
    ]);
    expect(result.members[2]).toEqual({ quotes: [], names: [], numbers: [] });
    expect(result.members[1]).toEqual({ quotes: [], names: [], numbers: [] });
    // "six years" / "шести годам" and the quote «Я ни о чём не жалею…» are the same claims.
    expect(result.shared.numbers).toEqual(expect.arrayContaining(['6', '1,150']));
    expect(result.shared.quotes).toHaveLength(1);
  });

  it('reads a number in words and in digits as one ("six-year" and "six years")', () => {
    const result = computeProvenance([
      member(1, TRIAL_ORIGINAL, 'en'),
      member(2, TRIAL_REWRITE, 'en'),
    ]);
    expect(result.members[2]?.numbers).toEqual([]);
    expect(result.shared.numbers).toContain('6');
  });

  it('has nothing to compare in a story of one member', () => {
    const result = computeProvenance([member(1, TRIAL_ORIGINAL, 'en')]);
    expect(result.members[1]).toEqual({ quotes: [], names: [], numbers: [] });
    expect(result.shared).toEqual({ quotes: [], names: [], numbers: [] });
  });
});

describe('computeProvenance on a translation that adds claims', () => {
  it('shows the place, the quote and the number a Russian rewrite adds', () => {
    const added = {
      title: TRIAL_RUSSIAN.title,
      text: `${TRIAL_RUSSIAN.text}\nПосле заседания Марченко выступила перед журналистами в Вильнюсе вместе с 12 активистами. «Мы будем обжаловать этот приговор в Верховном суде», — заявила она.`,
    };
    const result = computeProvenance([member(1, TRIAL_ORIGINAL, 'en'), member(2, added, 'ru')]);
    expect(result.members[2]?.names).toContain('Вильнюсе');
    expect(result.members[2]?.names).not.toContain('Марченко');
    expect(result.members[2]?.quotes).toEqual([
      'Мы будем обжаловать этот приговор в Верховном суде',
    ]);
    expect(result.members[2]?.numbers).toEqual(['12']);
    expect(result.members[1]).toEqual({ quotes: [], names: [], numbers: [] });
  });
});
