import {
  collectNames,
  lookUpConcept,
  type NewsLexicon,
  STOP_WORDS,
  skeletonizeName,
  type TextToken,
} from '../clusterer/index.js';
import type { Claim } from './claim.js';

const MAX_NAMES = 40;
const CAPITALISED = /^\p{Lu}/u;
/** Capitalised words that name nobody: calendar words and function words the stop list lacks. */
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i'.split(
    ' ',
  ),
);

/**
 * Names: runs of capitalised words that are names by their place (mid-sentence, or seen
 * mid-sentence elsewhere in the member), each with the keys of its words.
 */
export function readNames(
  text: string,
  tokens: TextToken[],
  lexicon: NewsLexicon,
  keysOf: (word: string) => string[] = (word) => wordKeys(word, lexicon),
): Claim[] {
  const gaps = readGaps(text, tokens.length);
  const titleCase = markTitleCaseSentences(tokens, gaps);
  const known = collectNames(tokens.filter((_, i) => !titleCase[i]));
  const names = new Map<string, Claim>();
  let run: string[] = [];
  const flush = () => {
    const keys = [...new Set(run.flatMap(keysOf))];
    const text = run.join(' ').replace(/['’]s$/u, '');
    if (keys.length > 0 && !names.has(text) && names.size < MAX_NAMES)
      names.set(text, { text, keys });
    run = [];
  };
  for (const [i, token] of tokens.entries()) {
    const isName =
      CAPITALISED.test(token.word) &&
      !STOP_WORDS.has(token.word.toLowerCase()) &&
      !NOT_NAMES.has(token.word.toLowerCase()) &&
      (known.has(token.word) || (!token.sentenceStart && !titleCase[i]));
    if (!isName || token.sentenceStart || !/^\s+$/u.test(gaps[i] ?? '')) flush();
    if (isName) run.push(token.word);
  }
  flush();
  return [...names.values()];
}

/** Per word: it is in a headline-like sentence where most longer words are capitalised. */
function markTitleCaseSentences(tokens: TextToken[], gaps: string[]): boolean[] {
  const marks: boolean[] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]?.sentenceStart && !gaps[i]?.includes('\n')) continue;
    const long = tokens.slice(start, i).filter((token) => token.word.length >= 4);
    const capitalised = long.filter((token) => CAPITALISED.test(token.word)).length;
    const titleCase = long.length >= 3 && capitalised / long.length >= 0.7;
    for (let j = start; j < i; j++) marks.push(titleCase);
    start = i;
  }
  return marks;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** Per word (as tokenizeWithSentenceStarts splits them): the text between it and the previous one. */
function readGaps(text: string, count: number): string[] {
  const gaps: string[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (gaps.length >= count) break;
    gaps.push(gaps.length === 0 ? '\n' : text.slice(last, match.index));
    last = match.index + match[0].length;
  }
  return gaps;
}

/**
 * Across languages a name is compared by the first three classes of its skeleton, a Latin "c"
 * read as "k": a translator's case ending or spelling ("Москвы", "Moscow"; "Крым", "Crimea")
 * changes the end of a name, rarely its start.
 */
export function looseKey(key: string): string {
  return key.startsWith('e:') ? key.slice(0, 5).replace(/c/gu, 'k') : key;
}

/**
 * wordKeys through a cache (word → keys), which the caller may share between members: the same
 * words recur across a poll's entries, and skeletonizing them is most of reading a member.
 */
export function cachedWordKeys(
  lexicon: NewsLexicon,
  cache: Map<string, string[]> = new Map(),
): (word: string) => string[] {
  return (word) => {
    let keys = cache.get(word);
    if (keys === undefined) {
      keys = wordKeys(word, lexicon);
      cache.set(word, keys);
    }
    return keys;
  };
}

/** A word's language-free keys: its name skeleton and, when the lexicon knows it, its concept. */
export function wordKeys(word: string, lexicon: NewsLexicon): string[] {
  const keys: string[] = [];
  const skeleton = skeletonizeName(word);
  if (skeleton.length >= 2) keys.push(`e:${skeleton}`);
  const concept = lookUpConcept(lexicon, word.toLowerCase().replace(/ё/gu, 'е'));
  if (concept !== undefined) keys.push(`c:${concept.id}`);
  return keys;
}
