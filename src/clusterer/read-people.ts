import { lookUpConcept, type NewsLexicon } from './news-lexicon.js';
import { readCountryWord } from './read-country.js';
import { skeletonizeAsWritten } from './skeletonize-name.js';
import { STOP_WORDS, stemWord } from './stem-word.js';

/*
 * People named by a given name and a surname ("Anna Novak", "Ганна Навак"): two capitalised
 * words with nothing but spaces between them, neither a stop word, a word of the news lexicon
 * ("President", "Суд") nor a country. A run of three keeps its last two ("Pianist Anna Novak").
 * Each person is kept as three strings, `given`, `surname`, `w:stem`: the two words' consonant
 * skeletons (full length, so a surname of one class is kept too) and the surname's word term. A
 * name's single words meet other names' too easily by skeleton, a full name rarely.
 */

const NOT_PERSON_WORDS = new Set(
  'the a an and but or in on at of to for by with from as mr mrs ms dr st'.split(' '),
);
/**
 * A word of the compass, which names a part of a place ("Western Dvina", "Западной Двине",
 * "Заходняй Дзвіне", "Northern Cape"), never a person.
 */
const COMPASS =
  /^(?:western|eastern|northern|southern|западн|восточн|северн|южн|заходн|усходн|паўночн|паўднёв)/u;
/** Capitalised words separated by spaces only (a comma, a dash or a full stop ends a run). */
const CAPITALISED_RUN =
  /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*)+/gu;
const WORD_GAP = /[ \u00a0]+/u;
/** What ends a sentence or opens a quote before a word (as tokenize-with-sentence-starts.ts). */
const SENTENCE_END = '.!?…:;"“”«»„(\n—–-';

/**
 * The people `text` names by given name and surname, three strings each (`given`, `surname`,
 * `w:stem`, one list for all), at most `max`. `names`: the words the entry capitalises
 * mid-sentence; in a Title Case text (`titleCase`: most words capitalised) only those count, and
 * a word opening a sentence before one of them.
 */
export function readPeople(
  text: string,
  titleCase: boolean,
  names: Set<string>,
  lexicon: NewsLexicon,
  max: number,
): string[] {
  const people: string[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(WORD_GAP);
    const opens = opensSentence(text, match.index);
    let run = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      const named = !titleCase || names.has(word);
      const opener = titleCase && i === 0 && opens && names.has(words[1] as string);
      if ((named || opener) && isPersonWord(word, lexicon)) run++;
      else {
        if (run >= 2) addPerson(people, words[i - 2] as string, words[i - 1] as string);
        run = 0;
      }
    }
    if (run >= 2) addPerson(people, words.at(-2) as string, words.at(-1) as string);
    if (people.length >= max * 3) break;
  }
  return people.slice(0, max * 3);
}

/** Whether the word at `at` opens `text` or a sentence of it (spaces before it skipped). */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const char = text[i] as string;
    if (char !== ' ' && char !== '\u00a0' && char !== '\t') return SENTENCE_END.includes(char);
  }
  return true;
}

function isPersonWord(word: string, lexicon: NewsLexicon): boolean {
  const lower = word.toLowerCase().replace(/ё/gu, 'е');
  if (NOT_PERSON_WORDS.has(lower) || STOP_WORDS.has(lower) || COMPASS.test(lower)) return false;
  return lookUpConcept(lexicon, lower) === undefined && readCountryWord(word) === undefined;
}

function addPerson(people: string[], given: string, surname: string): void {
  const g = skeletonizeAsWritten(given);
  const s = skeletonizeAsWritten(surname);
  if (g === '' || s === '') return;
  for (let i = 0; i < people.length; i += 3) if (people[i] === g && people[i + 1] === s) return;
  people.push(g, s, `w:${stemWord(surname)}`);
}
