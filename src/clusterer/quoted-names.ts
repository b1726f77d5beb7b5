import { STOP_WORDS, stemWord } from './stem-word.js';

/**
 * Names given in quotation marks: a contest, a film, an operation, a party, a ship ("фотоконкурс
 * «Утренний туман»", the film "X"). Two headlines about one kind of thing that quote different names
 * are two stories, however alike the rest ("Vote in the «A» contest" / "Vote in the «B» contest").
 * A name is the stems of its words, so "«Речной волк»" and "«Речного Волка»" are one.
 */

const SHORT_QUOTED = /"([^"\n]{2,60})"|“([^”\n]{2,60})”|«([^»\n]{2,60})»|„([^“”\n]{2,60})[“”]/gu;
/** A quoted stretch of at most this many words is a name; longer ones are quotes of speech. */
const MAX_NAME_WORDS = 4;

/** The quoted names of `text` as stem keys (`кофема`, `свеч+памят`), at most `max`. */
export function extractQuotedNames(text: string, max: number): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(SHORT_QUOTED)) {
    const span = match.slice(1).find(Boolean) ?? '';
    const words = span.match(/[\p{L}\p{N}]+/gu) ?? [];
    // A name is capitalised («Утренний туман», «Зимний лес»); «раздавал пропуска» is a quote.
    if (words.length === 0 || words.length > MAX_NAME_WORDS || !/^\p{Lu}/u.test(span.trim()))
      continue;
    const stems = words
      .map((word) => word.toLowerCase())
      .filter((word) => !STOP_WORDS.has(word))
      .map(stemWord);
    if (stems.length > 0) names.add(stems.join('+'));
    if (names.size >= max) break;
  }
  return [...names];
}

/**
 * Whether a quoted name (see extractQuotedNames) is said by a side: among its quoted names, or
 * every stem of it among its word terms (`w:` stems), quoted or not.
 */
export function saysQuotedName(
  name: string,
  quoted: readonly string[],
  terms: Set<string>,
): boolean {
  if (quoted.includes(name)) return true;
  return name.split('+').every((stem) => terms.has(`w:${stem}`));
}
