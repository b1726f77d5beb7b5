import { describe, expect, it } from 'vitest';
import { foldText, splitFoldedWords } from '../../src/classifier/fold-text.js';

describe('foldText', () => {
  it('lower-cases Cyrillic and Latin', () => {
    expect(foldText('ЛУКАШЕНКО Lukashenko')).toBe('лукашенко lukashenko');
  });

  it('folds ё to е, й to и and ў to у', () => {
    expect(foldText('политзаключённые')).toBe(foldText('политзаключенные'));
    expect(foldText('Ўладзімір')).toBe('уладзимир');
    expect(foldText('известный')).toBe('известныи');
  });

  it('folds Belarusian і onto и, so Мінск and Минск are one word', () => {
    expect(foldText('Мінск')).toBe(foldText('Минск'));
    expect(foldText('Беларусі')).toBe('беларуси');
  });

  it('maps Latin look-alike letters inside a Cyrillic word to Cyrillic', () => {
    expect(foldText('Бeлapусь')).toBe(foldText('Беларусь'));
    expect(foldText('Мiнск')).toBe(foldText('Мінск'));
  });

  it('leaves Latin words alone', () => {
    expect(foldText('Minsk Belarus')).toBe('minsk belarus');
  });

  it('folds composed and decomposed forms alike (NFKD), and drops Latin diacritics', () => {
    expect(foldText('е\u0308')).toBe('е');
    expect(foldText('Pogačar café ﬁnal')).toBe('pogacar cafe final');
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(foldText('Bela\u00ADrus\u200B')).toBe('belarus');
  });

  it('folds every apostrophe variant to the ASCII one', () => {
    expect(foldText('надвор’е надворʼе надвор‘е')).toBe("надвор'е надвор'е надвор'е");
  });
});

describe('splitFoldedWords', () => {
  it('splits on anything but letters and digits, including apostrophes and hyphens', () => {
    expect(splitFoldedWords('Lukashenka’s pro-democracy «Вясна», 1,162!')).toEqual([
      'lukashenka',
      's',
      'pro',
      'democracy',
      'вясна',
      '1',
      '162',
    ]);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(splitFoldedWords(' — … ')).toEqual([]);
  });
});
