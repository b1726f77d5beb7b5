import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNewsLexicon, lookUpConcept } from '../../src/clusterer/news-lexicon.js';

const NAMES_FILE = new URL('../fixtures/given-names/common-names.txt', import.meta.url);

/** The names of the fixture, one word each, comments left out. */
function readNames(): string[] {
  return readFileSync(NAMES_FILE, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/u))
    .filter((word) => word !== '');
}

/**
 * Endings a Russian or Belarusian name takes, by how its nominative ends, and how many letters of
 * it the ending replaces: a generous union (a form no name takes is harmless here).
 */
const ENDINGS: [RegExp, number, string[]][] = [
  [
    /(ий|ый|кі)$/u,
    2,
    ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ия', 'ию', 'ием', 'ага', 'аму', 'ім'],
  ],
  [/[ая]$/u, 1, ['а', 'я', 'ы', 'и', 'і', 'е', 'у', 'ю', 'ой', 'ою', 'ей', 'ёй', 'ай', 'яй']],
  [/[йь]$/u, 1, ['я', 'ю', 'ем', 'ём', 'е', 'и', 'і', 'ям']],
  [/ў$/u, 1, ['ва', 'ву', 'вым', 'ве', 'вай', 'вой', 'вы', 'вых']],
  [/[бвгджзклмнпрстфхцчшщ]$/u, 0, ['а', 'у', 'ом', 'ам', 'е', 'ым', 'ой', 'ы', 'ых', 'ае']],
];

/** The name in its nominative and the declined forms (Людмила, Людмилу, Людмилы, Людмиле…). */
function declined(name: string): string[] {
  const lower = name.toLowerCase().replace(/ё/gu, 'е');
  const rule = ENDINGS.find(([ending]) => ending.test(lower));
  if (rule === undefined || !/[а-яіў]/u.test(lower)) return [lower];
  const stem = lower.slice(0, lower.length - rule[1]);
  return [lower, ...rule[2].map((end) => stem + end)];
}

describe('the news lexicon and common names', () => {
  const lexicon = compileNewsLexicon();
  const names = readNames();

  it('reads the fixture: a couple of hundred names in three languages', () => {
    expect(names.length).toBeGreaterThan(400);
    expect(declined('Людмила')).toEqual(expect.arrayContaining(['людмилу', 'людмилы', 'людмиле']));
    expect(declined('Іваноў')).toEqual(expect.arrayContaining(['іванова', 'іванову']));
  });

  it('reads no common given name or surname, in any declined form, as a concept', () => {
    const swallowed = names.flatMap((name) =>
      declined(name).flatMap((form) => {
        const concept = lookUpConcept(lexicon, form);
        return concept === undefined ? [] : [`${name}: ${form}→${concept.id} (${concept.form})`];
      }),
    );
    expect(swallowed).toEqual([]);
  });

  it('still reads the words the narrowed stems were written for', () => {
    const concept = (word: string) => lookUpConcept(lexicon, word)?.id;
    for (const word of ['люди', 'людей', 'людьми', 'человек', 'людзі', 'людзей'])
      expect(concept(word), word).toBe('people');
    for (const word of ['мороз', 'морозы', 'морозный', 'марозы'])
      expect(concept(word)).toBe('weather');
    for (const word of ['поляки', 'поляка', 'польский']) expect(concept(word)).toBe('poland');
    expect(concept('книгу')).toBe('book');
  });
});
