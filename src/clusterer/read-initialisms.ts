import { wordTerm } from './analyze-text.js';
import type { PairSide } from './pair-side.js';
import { skeletonizeName } from './skeletonize-name.js';
import { STOP_WORDS } from './stem-word.js';
import type { TextToken } from './tokenize-with-sentence-starts.js';

/**
 * An organisation named in full in one copy and by its initials in another: "Reserve Bank of
 * Australia" and "RBA", "Bangladesh Nationalist Party" and "BNP", "Department of Justice" and
 * "DOJ". English writes its institutions both ways, and a copy that names the one was read as
 * missing the other's name. Letters are compared, never name skeletons (which lose the vowels:
 * "RBA" and "Rubio" are both rp), and only an acronym of three letters or more: two letters stand
 * for too many names. Russian and Belarusian abbreviations are read-abbreviations.ts's.
 *
 * A run is a sequence of capitalised Latin words in one sentence, with the function words that
 * join the words of a name between them ("of", "and", "for", "the"). Each stretch of two
 * capitalised words or more of a run gives its initials, with and without the function words'
 * ("DOJ", "DJ"); a side's `initialisms` hold each with its words' name skeletons, `RBA rsrf pnk
 * strl`. Its `acronyms` are the words it writes in capitals, three to five letters ("RBA").
 */

/** Function words that join a name's words; any other stop word ends the run ("Bank said"). */
const JOINING = new Set(['of', 'and', 'for', 'the', 'on', 'de', 'du', 'del', 'des', 'la', 'von']);
const LATIN_CAPITALISED = /^[A-Z][A-Za-z'’-]*$/u;
const ACRONYM = /^[A-Z]{3,5}$/u;
const MIN_INITIALS = 3;
const MAX_INITIALS = 5;

/** The initialisms of `tokens` (see the file's comment), at most `max`. */
export function listInitialisms(tokens: readonly TextToken[], max: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < tokens.length && out.length < max; ) {
    const run = readRun(tokens, at);
    at += Math.max(1, run.length);
    const words = run.filter((word) => !JOINING.has(word));
    if (words.length < 2) continue;
    for (let from = 0; from < run.length; from++) {
      if (JOINING.has(run[from] as string)) continue;
      for (let to = from + 1; to < run.length; to++) {
        const stretch = run.slice(from, to + 1);
        if (JOINING.has(stretch.at(-1) as string)) continue;
        addStretch(out, stretch, max);
      }
    }
  }
  return out;
}

/** The run of capitalised words opening at `at` (empty when the word there opens none). */
function readRun(tokens: readonly TextToken[], at: number): string[] {
  const run: string[] = [];
  for (let i = at; i < tokens.length; i++) {
    const { word, sentenceStart } = tokens[i] as TextToken;
    if (i > at && sentenceStart) break;
    // A capitalised function word ("The Reserve Bank", a Title Case "Of") joins, never opens.
    const lower = word.toLowerCase();
    const joining = JOINING.has(lower);
    if ((joining && run.length === 0) || (!joining && STOP_WORDS.has(lower))) break;
    if (!joining && !LATIN_CAPITALISED.test(word)) break;
    run.push(joining ? lower : word);
  }
  while (run.length > 0 && JOINING.has(run.at(-1) as string)) run.pop();
  return run;
}

function addStretch(out: string[], stretch: readonly string[], max: number): void {
  const names = stretch.filter((word) => !JOINING.has(word));
  const skeletons = names.map((word) => skeletonizeName(word)).join(' ');
  const initials = [names, stretch].map((words) =>
    words.map((word) => (word[0] as string).toUpperCase()).join(''),
  );
  for (const letters of new Set(initials)) {
    if (letters.length < MIN_INITIALS || letters.length > MAX_INITIALS || out.length >= max)
      continue;
    const entry = `${letters} ${skeletons}`;
    if (!out.includes(entry)) out.push(entry);
  }
}

/** The words of `tokens` written in capitals, three to five letters, each once, at most `max`. */
export function listAcronyms(tokens: readonly TextToken[], max: number): string[] {
  const out: string[] = [];
  for (const { word } of tokens)
    if (ACRONYM.test(word) && !out.includes(word) && out.length < max) out.push(word);
  return out;
}

/**
 * `saidA` and `saidB` (what each side of a pair says of the other's names besides its own), with
 * what each says through initials: the other's acronym its initials spell, and the words of the
 * stretch the other's acronym spells. The same lists when nothing is spelled (most pairs).
 */
export function withInitialismsSaid(
  saidA: readonly string[],
  saidB: readonly string[],
  a: PairSide,
  b: PairSide,
): [readonly string[], readonly string[]] {
  const fromA = spelled(a.features.initialisms, b.features.acronyms);
  const fromB = spelled(b.features.initialisms, a.features.acronyms);
  if (fromA.length === 0 && fromB.length === 0) return [saidA, saidB];
  return [
    [...saidA, ...fromA.map(acronymOf), ...fromB.flatMap(wordsOf)],
    [...saidB, ...fromB.map(acronymOf), ...fromA.flatMap(wordsOf)],
  ];
}

/**
 * `said` (terms `other` says of `side`'s distinctive terms) with the word terms of `side`'s
 * acronyms that `other`'s initials spell ("RBA" of "Reserve Bank of Australia"); the same list
 * when none.
 */
export function withAcronymTermsSaid(
  said: readonly string[],
  side: PairSide,
  other: PairSide,
): readonly string[] {
  const spelledHere = spelled(other.features.initialisms, side.features.acronyms);
  if (spelledHere.length === 0) return said;
  return [...said, ...spelledHere.map((entry) => wordTerm(entry.slice(0, entry.indexOf(' '))))];
}

/** The entries of `initialisms` whose letters are one of `acronyms`. */
function spelled(initialisms: readonly string[], acronyms: readonly string[]): string[] {
  if (initialisms.length === 0 || acronyms.length === 0) return [];
  return initialisms.filter((entry) => acronyms.includes(entry.slice(0, entry.indexOf(' '))));
}

function acronymOf(entry: string): string {
  return skeletonizeName(entry.slice(0, entry.indexOf(' ')));
}

function wordsOf(entry: string): string[] {
  return entry.split(' ').slice(1);
}
