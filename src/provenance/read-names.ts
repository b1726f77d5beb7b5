import {
  lookUpConcept,
  type NewsLexicon,
  STOP_WORDS,
  skeletonizeName,
} from '../clusterer/index.js';
import type { Claim } from './claim.js';
import { keysOfWord, type MemberWord, type ReadToken } from './member-words.js';

const MAX_NAMES = 40;
const SPACES = /^\s+$/u;
/** Capitalised words that name nobody: calendar words and function words the stop list lacks. */
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i'.split(
    ' ',
  ),
);

/**
 * Names: runs of capitalised words that are names by their place (mid-sentence, or seen
 * mid-sentence elsewhere in the member), each with the keys of its words. `tokens` are the
 * words of one text (tokenizeMemberText), `keysOf` gives a word's wordKeys.
 */
export function readNames(
  tokens: readonly ReadToken[],
  keysOf: (word: string) => string[],
): Claim[] {
  const titleCase = markTitleCaseSentences(tokens);
  // Words seen capitalised mid-sentence outside headline-like lines (collectNames of those).
  const known = new Set<MemberWord>();
  for (const [i, token] of tokens.entries()) {
    if (!titleCase[i] && !token.sentenceStart && token.info.capitalised) known.add(token.info);
  }
  const names = new Map<string, Claim>();
  let run: MemberWord[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const keys = [...new Set(run.flatMap((info) => keysOfWord(info, keysOf)))];
    const text = run
      .map((info) => info.word)
      .join(' ')
      .replace(/['’]s$/u, '');
    if (keys.length > 0 && !names.has(text) && names.size < MAX_NAMES)
      names.set(text, { text, keys });
    run = [];
  };
  for (const [i, token] of tokens.entries()) {
    const { info } = token;
    const isName =
      info.capitalised &&
      !STOP_WORDS.has(info.lower) &&
      !NOT_NAMES.has(info.lower) &&
      (known.has(info) || (!token.sentenceStart && !titleCase[i]));
    const spaced = token.gap === ' ' || SPACES.test(token.gap);
    if (!isName || token.sentenceStart || !spaced) flush();
    if (isName) run.push(info);
  }
  flush();
  return [...names.values()];
}

/** Per word: it is in a headline-like sentence where most longer words are capitalised. */
function markTitleCaseSentences(tokens: readonly ReadToken[]): boolean[] {
  const marks: boolean[] = [];
  let start = 0;
  let long = 0;
  let capitalised = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const previous = tokens[i - 1];
    if (previous !== undefined && previous.word.length >= 4) {
      long++;
      if (previous.info.capitalised) capitalised++;
    }
    const token = tokens[i];
    if (token !== undefined && !token.sentenceStart && !token.gap.includes('\n')) continue;
    const titleCase = long >= 3 && capitalised / long >= 0.7;
    for (let j = start; j < i; j++) marks.push(titleCase);
    start = i;
    long = 0;
    capitalised = 0;
  }
  return marks;
}

/**
 * Across languages a name is compared by the first three classes of its skeleton, a Latin "c"
 * read as "k": a translator's case ending or spelling ("Москвы", "Moscow"; "Крым", "Crimea")
 * changes the end of a name, rarely its start.
 */
export function looseKey(key: string): string {
  if (!key.startsWith('e:')) return key;
  const loose = key.slice(0, 5);
  return loose.includes('c') ? loose.replace(/c/gu, 'k') : loose;
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
  const lower = word.toLowerCase();
  const concept = lookUpConcept(lexicon, lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower);
  if (concept !== undefined) keys.push(`c:${concept.id}`);
  return keys;
}
