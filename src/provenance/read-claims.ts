import {
  collectNames,
  compileNewsLexicon,
  extractNumbers,
  lookUpConcept,
  type NewsLexicon,
  readNumberWord,
  STOP_WORDS,
  skeletonizeName,
  stemWord,
  sumNumberWords,
  type TextToken,
  tokenizeWithSentenceStarts,
} from '../clusterer/index.js';

/** One copy of a story, as provenance reads it. */
export interface ProvenanceMember {
  entryId: number;
  sourceId: string;
  title: string;
  /** Plain text of the content. */
  text: string;
  language?: string;
}

/** A claim as written (`text`) and the language-free keys it is compared by. */
export interface Claim {
  text: string;
  keys: string[];
}

/** A quote: as written, its content stems in order (same language) and its language-free terms. */
export interface QuoteClaim {
  text: string;
  stems: string[];
  crossTerms: string[];
}

/** What one member claims, and everything it says to compare other members' claims against. */
export interface MemberReading {
  language: string;
  quotes: QuoteClaim[];
  names: Claim[];
  numbers: Claim[];
  /** Stem bigrams (and single stems) of the whole member: where another member's quote may be. */
  stemGrams: Set<string>;
  /** Name skeletons and concept ids of every capitalised word (every word across scripts). */
  nameKeys: Set<string>;
  crossNameKeys: Set<string>;
  /** Language-free terms (concepts, name skeletons, numbers) of the member's quotes, and of all of it. */
  quoteCrossTerms: Set<string>;
  crossTerms: Set<string>;
  numberKeys: Set<string>;
}

/** Enough text for any article; longer texts are cut so the cost stays bounded. */
const MAX_TEXT_CHARS = 30_000;
const MAX_WORDS = 6000;
const MAX_QUOTES = 16;
const MAX_NAMES = 40;
const MAX_NUMBERS = 30;
/** Fewer words is a scare quote or a title ("personal hero"), not a statement. */
const MIN_QUOTE_WORDS = 4;
const MAX_QUOTE_CHARS = 240;
const QUOTED =
  /"([^"\n]{10,1500})"|“([^”\n]{10,1500})”|«([^»\n]{10,1500})»|„([^“”\n]{10,1500})[“”]/gu;
const CAPITALISED = /^\p{Lu}/u;
const YEAR = /^(19|20)\d\d$/u;
/** Capitalised words that name nobody: calendar words and function words the stop list lacks. */
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i'.split(
    ' ',
  ),
);

/** The shipped lexicon: immutable data, compiled once like a regular expression. */
const LEXICON = compileNewsLexicon();

/** Reads one member's quotes, names and numbers, and the vocabulary others are compared against. */
export function readMember(
  member: ProvenanceMember,
  lexicon: NewsLexicon = LEXICON,
): MemberReading {
  const text = member.text.slice(0, MAX_TEXT_CHARS);
  const body = text.trim() === '' ? member.title : text;
  const all = `${member.title}\n${body}`;
  const tokens = tokenizeWithSentenceStarts(all, MAX_WORDS);
  const bodyTokens = tokenizeWithSentenceStarts(body, MAX_WORDS);
  const stems = contentStems(tokens);
  const quotes = readQuotes(body, lexicon);
  return {
    language: member.language ?? readScript(all),
    quotes,
    names: readNames(body, bodyTokens, lexicon),
    numbers: readNumbers(body, bodyTokens),
    stemGrams: new Set([...stems, ...bigrams(stems)]),
    nameKeys: new Set(
      tokens.filter((t) => CAPITALISED.test(t.word)).flatMap((t) => wordKeys(t.word, lexicon)),
    ),
    crossNameKeys: new Set(
      tokens
        .filter((t) => t.word.length >= 3)
        .flatMap((t) => wordKeys(t.word, lexicon).map(looseKey)),
    ),
    quoteCrossTerms: new Set(quotes.flatMap((quote) => quote.crossTerms)),
    crossTerms: new Set(crossTermsOf(tokens, all, lexicon)),
    numberKeys: new Set(readNumbers(all, tokens).flatMap((number) => number.keys)),
  };
}

/** Stem bigrams of a word sequence: word order is what tells a quote from the same words loose. */
export function bigrams(stems: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < stems.length; i++) out.push(`${stems[i]} ${stems[i + 1]}`);
  return out;
}

function contentStems(tokens: TextToken[]): string[] {
  return tokens
    .map((token) => token.word.toLowerCase().replace(/ё/gu, 'е'))
    .filter((word) => word.length >= 2 && !STOP_WORDS.has(word))
    .map(stemWord);
}

function readQuotes(text: string, lexicon: NewsLexicon): QuoteClaim[] {
  const quotes: QuoteClaim[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(QUOTED)) {
    const raw = (match.slice(1).find(Boolean) ?? '')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/[\s,;:]+$/u, '');
    const tokens = tokenizeWithSentenceStarts(raw, 400);
    if (tokens.length < MIN_QUOTE_WORDS) continue;
    const stems = contentStems(tokens);
    const key = stems.join(' ');
    if (stems.length === 0 || seen.has(key)) continue;
    seen.add(key);
    quotes.push({ text: shorten(raw), stems, crossTerms: crossTermsOf(tokens, raw, lexicon) });
    if (quotes.length >= MAX_QUOTES) break;
  }
  return quotes;
}

function shorten(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  return `${text.slice(0, MAX_QUOTE_CHARS).replace(/\s+\S*$/u, '')}…`;
}

/** Concepts, name skeletons and numbers: what a text and its translation have in common. */
function crossTermsOf(tokens: TextToken[], raw: string, lexicon: NewsLexicon): string[] {
  const terms = new Set<string>();
  for (const token of tokens) {
    const lower = token.word.toLowerCase().replace(/ё/gu, 'е');
    if (STOP_WORDS.has(lower) || lower.length < 2) continue;
    const concept = lookUpConcept(lexicon, lower);
    if (concept !== undefined) terms.add(`c:${concept.id}`);
    else if (CAPITALISED.test(token.word) && !token.sentenceStart) {
      const skeleton = skeletonizeName(token.word);
      if (skeleton.length >= 2) terms.add(`e:${skeleton}`);
    }
  }
  for (const number of extractNumbers(raw, 20)) terms.add(`#:${number}`);
  return [...terms];
}

/**
 * Names: runs of capitalised words that are names by their place (mid-sentence, or seen
 * mid-sentence elsewhere in the member), each with the keys of its words.
 */
function readNames(text: string, tokens: TextToken[], lexicon: NewsLexicon): Claim[] {
  const gaps = readGaps(text, tokens.length);
  const titleCase = markTitleCaseSentences(tokens, gaps);
  const known = collectNames(tokens.filter((_, i) => !titleCase[i]));
  const names = new Map<string, Claim>();
  let run: string[] = [];
  const flush = () => {
    const keys = [...new Set(run.flatMap((word) => wordKeys(word, lexicon)))];
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

/** A word's language-free keys: its name skeleton and, when the lexicon knows it, its concept. */
function wordKeys(word: string, lexicon: NewsLexicon): string[] {
  const keys: string[] = [];
  const skeleton = skeletonizeName(word);
  if (skeleton.length >= 2) keys.push(`e:${skeleton}`);
  const concept = lookUpConcept(lexicon, word.toLowerCase().replace(/ё/gu, 'е'));
  if (concept !== undefined) keys.push(`c:${concept.id}`);
  return keys;
}

/** Numbers in digits and in words, one canonical value each ("1,000" and "a thousand" meet). */
function readNumbers(text: string, tokens: TextToken[]): Claim[] {
  const values = new Set(extractNumbers(text, MAX_NUMBERS));
  let run: number[] = [];
  const flush = () => {
    const number = String(sumNumberWords(run));
    // A lone "one" is an article, a lone "thousand" means "thousands of": neither is a count.
    const vague = run.length === 1 && (number === '1' || Number(number) >= 100);
    if (run.length > 0 && !vague && !YEAR.test(number)) values.add(number);
    run = [];
  };
  for (const token of tokens) {
    // "six-year", "twenty-five": a hyphen joins number words to each other or to a noun.
    const parts = token.word.toLowerCase().replace(/ё/gu, 'е').split('-').map(readNumberWord);
    if (parts[0] === undefined) flush();
    for (const value of parts) {
      if (value === undefined) break;
      run.push(value);
    }
    if (parts.includes(undefined)) flush();
  }
  flush();
  return [...values]
    .slice(0, MAX_NUMBERS)
    .map((value) => ({ text: formatNumber(value), keys: [value] }));
}

function formatNumber(value: string): string {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1000 ? number.toLocaleString('en-US') : value;
}

/** Cyrillic text is Russian or Belarusian, Latin text English: when the member has no language. */
function readScript(text: string): string {
  const cyrillic = text.match(/[\u0400-\u04ff]/gu)?.length ?? 0;
  const latin = text.match(/[a-z]/giu)?.length ?? 0;
  if (latin >= cyrillic) return 'en';
  return (text.match(/[іў]/giu)?.length ?? 0) > (text.match(/[иъщ]/giu)?.length ?? 0) ? 'be' : 'ru';
}
