import { isTitleCase } from './name-words.js';
import { lookUpConcept, type NewsLexicon } from './news-lexicon.js';
import { readCountryWord } from './read-country.js';
import { skeletonizeAsWritten } from './skeletonize-name.js';
import { STOP_WORDS, stemWord } from './stem-word.js';
import { startsWithCapital, type TextToken, tokenizeWithSentenceStarts } from './text-features.js';

/*
 * People named by a given name and a surname ("Anna Novak", "Ганна Навак"): two capitalised
 * words with nothing but spaces between them, neither a stop word, a word of the news lexicon
 * ("President", "Суд") nor a country. A run of three keeps its last two ("Pianist Anna Novak").
 * Each person is kept as three strings, `given`, `surname`, `w:stem`: the two words' consonant
 * skeletons (full length, so a surname of one class is kept too) and the surname's word term. A name's single words meet
 * other names' too easily by skeleton, a full name rarely.
 */

const NOT_PERSON_WORDS = new Set(
  'the a an and but or in on at of to for by with from as mr mrs ms dr st'.split(' '),
);
const SPACES = /^[ \u00a0]+$/u;

/**
 * The people `text` names by given name and surname, three strings each (`given`, `surname`,
 * `w:stem`, one list for all), at most `max`.
 * `names`: the words the entry capitalises mid-sentence; in a Title Case text (most words
 * capitalised) only those count, and a word opening a sentence before one of them.
 */
export function readPeople(
  text: string,
  names: Set<string>,
  lexicon: NewsLexicon,
  max: number,
): string[] {
  const bounds: number[] = [];
  const tokens = tokenizeWithSentenceStarts(text, 80, bounds);
  const titleCase = isTitleCase(tokens);
  const people: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length >= 2) addPerson(people, run[run.length - 2] as string, run.at(-1) as string);
    run = [];
  };
  for (let i = 0; i < tokens.length && people.length < max * 3; i++) {
    const token = tokens[i] as TextToken;
    const joined = i > 0 && SPACES.test(text.slice(bounds[2 * i - 1], bounds[2 * i]));
    if (!joined) close();
    if (isPersonWord(token, tokens[i + 1], titleCase, names, lexicon)) run.push(token.word);
    else close();
  }
  close();
  return people.slice(0, max * 3);
}

function isPersonWord(
  token: TextToken,
  next: TextToken | undefined,
  titleCase: boolean,
  names: Set<string>,
  lexicon: NewsLexicon,
): boolean {
  const { word } = token;
  if (!startsWithCapital(word)) return false;
  if (titleCase && !names.has(word) && !(token.sentenceStart && next && names.has(next.word)))
    return false;
  const lower = word.toLowerCase().replace(/ё/gu, 'е');
  if (NOT_PERSON_WORDS.has(lower) || STOP_WORDS.has(lower)) return false;
  return lookUpConcept(lexicon, lower) === undefined && readCountryWord(word) === undefined;
}

function addPerson(people: string[], given: string, surname: string): void {
  const g = skeletonizeAsWritten(given);
  const s = skeletonizeAsWritten(surname);
  if (g === '' || s === '') return;
  for (let i = 0; i < people.length; i += 3) if (people[i] === g && people[i + 1] === s) return;
  people.push(g, s, `w:${stemWord(surname)}`);
}
