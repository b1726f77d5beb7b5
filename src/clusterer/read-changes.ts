import { extractNumbers } from './extract-numbers.js';

/**
 * A headline's numbers told as a change ("rises by 54", "вырастет на 54 рубля", "павялічыцца на
 * 54") or as the level reached ("rises to 780", "вырастет до 780 рублей", "да 780"). Two copies of
 * one report often tell one fact each: "Minimum wage to rise to 780" and "Minimum wage up by 54".
 * Their numbers then neither conflict nor are missing from each other (measure-pair.ts); two
 * levels or two changes are compared as any numbers.
 *
 * Read as `by:N` and `to:N` entries (N as extractNumbers writes it), at most MAX a headline.
 */
const MAX = 4;
const CHANGE_OR_LEVEL = /(?<!\p{L})(by|to|на|до|да)\s+(\d[\d\s.,]*)/giu;
const CHANGE = new Set(['by', 'на']);

/** The `by:N` and `to:N` entries of a headline (see the file's comment). */
export function readChanges(title: string): string[] {
  if (!/\d/u.test(title)) return [];
  const out: string[] = [];
  for (const match of title.matchAll(CHANGE_OR_LEVEL)) {
    const number = extractNumbers(match[2] as string, 1)[0];
    if (number === undefined) continue;
    const entry = `${CHANGE.has((match[1] as string).toLowerCase()) ? 'by' : 'to'}:${number}`;
    if (!out.includes(entry) && out.length < MAX) out.push(entry);
  }
  return out;
}

/** Whether one headline tells only changes and the other only levels. */
export function tellsChangeAndLevel(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const ka = kindOf(a);
  const kb = kindOf(b);
  return ka !== 'both' && kb !== 'both' && ka !== kb;
}

/** 'by' or 'to' when every entry is of that kind, else 'both'. */
function kindOf(entries: readonly string[]): string {
  const first = (entries[0] as string).slice(0, 2);
  return entries.every((entry) => entry.startsWith(first)) ? first : 'both';
}

/**
 * `said` with the numbers (`#:N`) of `side`'s changes and levels when the other side tells the
 * other kind (tellsChangeAndLevel): they are not missing from it.
 */
export function withChangesSaid(
  said: readonly string[],
  side: readonly string[],
  other: readonly string[],
): readonly string[] {
  if (!tellsChangeAndLevel(side, other)) return said;
  return [...said, ...side.map((entry) => `#:${entry.slice(3)}`)];
}
