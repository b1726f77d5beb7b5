import { scaleWordsAfterDigits } from './extract-numbers.js';
import { collectNames, isGivenName, isName, isTitleCase } from './name-words.js';
import {
  type Concept,
  lookUpClipped,
  lookUpConcept,
  lookUpPhrase,
  lookUpPlural,
  type NewsLexicon,
} from './news-lexicon.js';
import { readNumberCompound } from './number-compounds.js';
import {
  continuesNumber,
  isIndefiniteScale,
  readNumberJoint,
  readNumberWord,
  sumNumberWords,
} from './number-words.js';
import { isCountryForm, readCountryAt } from './read-country.js';
import { readDurations } from './read-durations.js';
import { skeletonizeAsWritten, skeletonizeName } from './skeletonize-name.js';
import { STOP_WORDS, stemWord } from './stem-word.js';
import { extractNumbers, type TextToken } from './text-features.js';

export { collectNames };

/**
 * What one stretch of text (a headline, a lead) says, as comparable terms:
 * - `terms`: for texts in one language: word stems (`w:`), lexicon concepts (`c:`), numbers (`#:`);
 * - `crossTerms`: for texts in two languages: concepts, name skeletons (`e:`) and numbers only;
 * - `names`, `events` (event concepts), `numbers`, and `evidence` (word → how it was read), for
 *   explanations.
 */
export interface AnalyzedText {
  terms: string[];
  crossTerms: string[];
  names: string[];
  events: string[];
  numbers: string[];
  /**
   * Terms of given names: a name word followed by another ("Marco Rubio", "Jesse Jackson"). A
   * paraphrase keeps the surname and often drops the given name, so it is not distinctive.
   */
  givenNames: string[];
  /** Terms (`w:`) of words read as names: who and where, which a rewrite keeps. */
  nameTerms: string[];
  /** `term=word`: which word gave which language-free term (a name skeleton, a concept). */
  evidence: string[];
}

const YEAR = /^(19|20)\d\d$/u;
/** Two words that name one thing, read as the word the lexicon knows it by. */
const COMPOUNDS = new Map([
  ['united states', 'usa'],
  ['united nations', 'un'],
  ['united kingdom', 'uk'],
]);
/** The first words of COMPOUNDS: any other word starts none. */
const COMPOUND_STARTS = new Set([...COMPOUNDS.keys()].map((key) => key.split(' ')[0]));

/**
 * Reads `tokens` (a headline or a lead) into terms. `names` holds the words known to be names
 * (seen capitalised mid-sentence somewhere in the entry); in a Title Case headline only those count.
 */
export function analyzeText(
  tokens: TextToken[],
  raw: string,
  lexicon: NewsLexicon,
  names: Set<string>,
): AnalyzedText {
  const out: AnalyzedText = {
    terms: [],
    crossTerms: [],
    names: [],
    events: [],
    numbers: [],
    givenNames: [],
    nameTerms: [],
    evidence: [],
  };
  const titleCase = isTitleCase(tokens);
  const cyrillic = isCyrillicText(tokens);
  const words = splitCompounds(tokens, lexicon);
  let numberRun: number[] = [];
  let scaled: Set<string> | undefined;
  const flushNumbers = () => {
    if (numberRun.length > 0) addNumber(out, String(sumNumberWords(numberRun)), numberRun.length);
    numberRun = [];
  };
  for (let at = 0; at < words.length; at++) {
    const token = words[at] as TextToken;
    let lower = token.word.toLowerCase();
    if (lower.includes('ё')) lower = lower.replace(/ё/gu, 'е');
    const compound = COMPOUND_STARTS.has(lower)
      ? COMPOUNDS.get(`${lower} ${words[at + 1]?.word.toLowerCase()}`)
      : undefined;
    if (compound !== undefined) {
      lower = compound;
      at++;
    }
    if (!lower.includes('-')) {
      const number = readNumberWord(lower);
      const indefinite =
        number !== undefined &&
        numberRun.length === 0 &&
        isIndefiniteScale(lower, words[at - 1]?.word.toLowerCase());
      if (number !== undefined && !indefinite) {
        // "$31.4 million": extractNumbers reads the digits and their scale as one number.
        scaled ??= scaleWordsAfterDigits(raw);
        // "four, two still missing" is two numbers: a word that does not go on the run opens one.
        if (!continuesNumber(numberRun, number)) flushNumbers();
        if (numberRun.length > 0 || !scaled.has(token.word.toLowerCase())) numberRun.push(number);
        continue;
      }
    } else {
      const numberParts = lower.split('-').map(readNumberWord);
      if (numberParts[0] !== undefined) {
        for (const part of numberParts) if (part !== undefined) numberRun.push(part);
        flushNumbers();
        continue;
      }
    }
    const joint = readNumberJoint(
      lower,
      [words[at + 1]?.word.toLowerCase(), words[at + 2]?.word.toLowerCase()],
      numberRun,
    );
    if (joint !== undefined) {
      numberRun.push(...joint.values);
      at += joint.words - 1;
      continue;
    }
    flushNumbers();
    // A compound that opens with a number ("четырехдневную") says the number, and is read on.
    const compoundNumber = readNumberCompound(lower);
    if (compoundNumber !== undefined) addNumber(out, String(compoundNumber), 1);
    // A phrase tells its concept on top of its words, which are read on as words: two reports
    // that both say "set free" share "set" and "free" as well as the release.
    // A Latin word in a Russian or Belarusian text is a foreign name ("Australian Open", "Red
    // Wings"), not a word of the news: only a country is read in it.
    const foreign = cyrillic && isLatinWord(lower);
    const phrase = foreign ? undefined : lookUpPhrase(lexicon, lower, words, at);
    if (phrase !== undefined) {
      const said = words.slice(at, at + phrase.words).map((w) => w.word.toLowerCase());
      addConcept(out, phrase.concept, said.join(' '));
    }
    // A country the lexicon knows stays its concept (`c:china`): read as a name instead, it cost
    // tgcontest ru precision (docs/quality.md, step of places15).
    const stop = STOP_WORDS.has(lower) || lower.length < 2;
    const concept = stop || foreign ? undefined : lookUpConcept(lexicon, lower);
    const country = concept === undefined ? readCountryAt(words, at, lower, titleCase) : undefined;
    if (country !== undefined) {
      addCountry(out, country.id, words.slice(at, at + country.words));
      at += country.words - 1;
      continue;
    }
    if (stop) continue;
    const known = concept ?? (foreign ? undefined : lookUpPlural(lexicon, lower));
    if (known !== undefined) {
      addConcept(out, known, lower);
      continue;
    }
    const term = termOfLower(lower);
    push(out.terms, term);
    const name = isName(token, titleCase, names);
    if (name && isGivenName(words[at + 1], titleCase, names, lexicon)) push(out.givenNames, term);
    if (name) {
      push(out.nameTerms, term);
      const skeleton = skeletonizeAsWritten(token.word);
      if (skeleton.length >= 2) {
        push(out.names, skeleton);
        push(out.crossTerms, `e:${skeleton}`);
        push(out.evidence, `e:${skeleton}=${token.word}`);
      }
    }
  }
  flushNumbers();
  for (const number of extractNumbers(raw, 20)) addNumber(out, number, 2);
  // Terms as total months ("18mo") only agree or conflict: as terms too they cost precision.
  for (const term of readDurations(raw, 4)) push(out.numbers, term);
  return out;
}

/** Whether more of `tokens` open with a Cyrillic letter than with a Latin one. */
function isCyrillicText(tokens: readonly TextToken[]): boolean {
  let balance = 0;
  for (const { word } of tokens) {
    const code = word.charCodeAt(0);
    if (code >= 0x400 && code <= 0x4ff) balance++;
    else if (isLatinWord(word)) balance--;
  }
  return balance > 0;
}

function isLatinWord(word: string): boolean {
  return /^[a-z]/iu.test(word);
}

/** The same-language term of a word as analyzeText reads it: lower case, ё as е, stemmed. */
export function wordTerm(word: string): string {
  const lower = word.toLowerCase();
  return termOfLower(lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower);
}

function termOfLower(lower: string): string {
  return `w:${stemWord(lower)}`;
}

/**
 * Hyphenated words read part by part ("ex-minister", "pro-Trump", "drug-trafficking",
 * "экс-глава"), so each part meets the same word standing alone; number words ("twenty-one")
 * and words the lexicon knows whole ("hunger-strike") stay whole.
 */
function splitCompounds(tokens: TextToken[], lexicon: NewsLexicon): TextToken[] {
  if (!tokens.some((token) => token.word.includes('-') || endsInCapital(token.word))) return tokens;
  return tokens.flatMap((token) => {
    const clipped = readClippedAcronym(token, lexicon);
    if (clipped !== undefined) return clipped;
    const parts = token.word.split('-').filter((part) => part !== '');
    const lower = token.word.toLowerCase();
    if (parts.length < 2 || readNumberWord(parts[0]?.toLowerCase() ?? '') !== undefined)
      return [token];
    const whole = lower.replace(/ё/gu, 'е');
    if (lookUpConcept(lexicon, whole) !== undefined || isCountryForm(whole)) return [token];
    return parts.map((word, i) => ({ word, sentenceStart: i === 0 && token.sentenceStart }));
  });
}

/** A clipped word and an acronym in one word ("БелАЭС": Belarusian nuclear power plant). */
const CLIPPED_ACRONYM = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}{2,})$/u;

/**
 * "БелАЭС" read as the concept its clipped head stands for (`lookUpClipped`: "Бел" is Belarus)
 * and the acronym that follows ("АЭС", a word of the lexicon or a name), or undefined when the word
 * is no such compound or its head stands for no one concept.
 */
function readClippedAcronym(token: TextToken, lexicon: NewsLexicon): TextToken[] | undefined {
  if (!endsInCapital(token.word)) return undefined;
  const parts = CLIPPED_ACRONYM.exec(token.word);
  if (parts === null) return undefined;
  const head = lookUpClipped(lexicon, (parts[1] as string).toLowerCase());
  if (head === undefined) return undefined;
  const form = head.form.endsWith('*') ? head.form.slice(0, -1) : head.form;
  return [
    { word: form, sentenceStart: token.sentenceStart },
    { word: parts[2] as string, sentenceStart: false },
  ];
}

/** A Latin or Cyrillic capital at the end of a word of four letters or more: a cheap first test. */
function endsInCapital(word: string): boolean {
  if (word.length < 4) return false;
  const code = word.charCodeAt(word.length - 1);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x400 && code <= 0x42f);
}

function addConcept(out: AnalyzedText, concept: Concept, said: string): void {
  push(out.terms, `c:${concept.id}`);
  push(out.crossTerms, `c:${concept.id}`);
  push(out.evidence, `c:${concept.id}=${said}`);
  if (concept.kind === 'event') push(out.events, concept.id);
}

/**
 * A country, in whichever form it was named (read-country.ts): its id as the word and as the
 * name, so "Peru" and "перуанские" give one term and one name skeleton.
 */
function addCountry(out: AnalyzedText, id: string, said: TextToken[]): void {
  const skeleton = skeletonizeName(id);
  const term = countryTerm(id);
  push(out.terms, term);
  push(out.nameTerms, term);
  push(out.names, skeleton);
  push(out.crossTerms, `e:${skeleton}`);
  push(out.evidence, `e:${skeleton}=${said.map((token) => token.word).join(' ')}`);
}

/** The word term of a country read as a name (its id, read-country.ts): "Peru's" gives `w:peru`. */
export function countryTerm(id: string): string {
  return `w:${stemWord(id.replace(/-/gu, ''))}`;
}

function addNumber(out: AnalyzedText, number: string, words: number): void {
  // A lone "one"/"один" is an article more often than a count.
  if ((number === '1' && words === 1) || YEAR.test(number)) return;
  push(out.numbers, number);
  push(out.terms, `#:${number}`);
  push(out.crossTerms, `#:${number}`);
}

function push(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
