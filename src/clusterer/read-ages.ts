/**
 * Ages a text gives its people — "27-летнего", "61-летнюю", "45-гадовы", "a 27-year-old",
 * "aged 61", "61 years old" — as numbers in text order, each once. Two reports of one person give
 * one age; a template headline told of another person ("В N вынесли приговор…" over a 27-year-old
 * programmer and a 61-year-old pensioner) gives another.
 */

const NUMBER_THEN_AGE =
  /(?<![\p{L}\p{N}])(\d{1,3})(?:\s?[-–‑]\s?|\s)(?:летн|гадов|year[-‑\s]old|years\sold)/giu;
const AGED = /(?<![\p{L}\p{N}])aged\s(\d{1,3})(?![\p{L}\p{N}])/giu;
/** Older than any person: a duration ("a 150-year-old bridge") or a misread number. */
const MAX_AGE = 120;

/** The ages `text` gives, at most `limit`, in the order first met. */
export function readAges(text: string, limit: number): string[] {
  if (!/\d/u.test(text)) return [];
  const found: { at: number; age: string }[] = [];
  for (const pattern of [NUMBER_THEN_AGE, AGED]) {
    for (const match of text.matchAll(pattern)) {
      const age = Number(match[1]);
      if (age > 0 && age <= MAX_AGE) found.push({ at: match.index, age: String(age) });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((item) => item.age))].slice(0, limit);
}
