const NUMBER =
  /(?<![\p{L}\d])\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|(?<![\p{L}\d])\d+(?:[.,]\d+)?(?![\d])/gu;
const YEAR = /^(19|20)\d\d$/;

/**
 * Numbers of a text in one canonical form ("1,000", "1 000" and "1000" all give "1000"; "2,5"
 * gives "2.5"), years left out (a year alone says nothing about the story). Distinct, in order.
 */
export function extractNumbers(text: string, maxNumbers: number): string[] {
  const found = new Set<string>();
  for (const match of text.replace(/https?:\/\/\S+/gu, ' ').matchAll(NUMBER)) {
    const value = canonicalizeNumber(match[0]);
    if (value !== '' && !YEAR.test(value)) found.add(value);
    if (found.size >= maxNumbers) break;
  }
  return [...found];
}

export function canonicalizeNumber(raw: string): string {
  const grouped = /^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$/u.test(raw);
  const plain = grouped ? raw.replace(/\D/gu, '') : raw.replace(',', '.');
  const value = Number(plain);
  return Number.isFinite(value) ? String(value) : '';
}
