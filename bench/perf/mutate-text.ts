const LATIN = 'abcdefghij';
const CYRILLIC = 'абвгдежзик';

function toLetters(variant: number, alphabet: string): string {
  return [...String(variant)].map((digit) => alphabet[Number(digit)]).join('');
}

/**
 * Makes variant `variant` of a real text: every capitalized word (the entities the clusterer
 * keys on) gets a variant suffix in its own script, every number is changed. Variant 0 is the
 * text itself. Two stories made from one article thus share common words but no entities.
 */
export function mutateText(text: string, variant: number): string {
  if (variant === 0) return text;
  const latin = toLetters(variant, LATIN);
  const cyrillic = toLetters(variant, CYRILLIC);
  return text
    .replace(/\p{Lu}\p{Ll}+/gu, (word) => word + (/[а-яё]/i.test(word) ? cyrillic : latin))
    .replace(/\d+/g, (digits) => String(Number(digits) + variant * 7));
}
