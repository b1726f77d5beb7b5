/** Latin letters that look like Cyrillic ones, read as Cyrillic inside a Cyrillic word. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'и',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/**
 * Folds text for matching: compatibility forms (NFKD), lower case, diacritics dropped (ё→е,
 * й→и, ў→у, é→e), Belarusian/Ukrainian і→и, apostrophe variants to `'`, invisible format
 * characters removed, and Latin look-alike letters inside Cyrillic words mapped to Cyrillic.
 */
export function foldText(text: string): string {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .replace(/\u0456/g, 'и')
    .replace(/[\u2018\u2019\u02BC\u02B9\u2032`\u00B4]/g, "'");
  // Mixed-script words are rare: look for a Latin letter touching a Cyrillic one before paying for
  // a pass over every word.
  if (!/[a-z][\u0400-\u04ff]|[\u0400-\u04ff][a-z]/u.test(folded)) return folded;
  return folded.replace(/[\p{L}\p{N}]+/gu, mapLookalikes);
}

function mapLookalikes(word: string): string {
  if (!/\p{Script=Cyrillic}/u.test(word) || !/[a-z]/.test(word)) return word;
  return word.replace(/[a-z]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
}

/** Splits text into folded word tokens: runs of Unicode letters and digits; all else separates. */
export function splitFoldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
