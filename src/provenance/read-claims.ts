import {
  compileNewsLexicon,
  extractNumbers,
  findQuotedSpans,
  type NewsLexicon,
  STOP_WORDS,
  stemWord,
  type TextToken,
  tokenizeWithSentenceStarts,
} from '../clusterer/index.js';
import type { Claim } from './claim.js';
import { cachedWordKeys, looseKey, readNames } from './read-names.js';
import { readNumbers } from './read-numbers.js';

/** One copy of a story, as provenance reads it. */
export interface ProvenanceMember {
  entryId: number;
  sourceId: string;
  title: string;
  /** Plain text of the content. */
  text: string;
  language?: string;
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
  /** The member's content stems in order (title, then text): what stemGrams is made of. */
  stems: readonly string[];
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
const MAX_TITLE_WORDS = 200;
const MAX_QUOTES = 16;
/** Fewer words is a scare quote or a title ("personal hero"), not a statement. */
const MIN_QUOTE_WORDS = 4;
const MAX_QUOTE_CHARS = 240;
/** Longer quoted spans are documents quoted whole, not statements. */
const MAX_QUOTED_SPAN = 1500;
const CAPITALISED = /^\p{Lu}/u;
/** The shipped lexicon: immutable data, compiled once like a regular expression. */
const LEXICON = compileNewsLexicon();

/**
 * Reads one member's quotes, names and numbers, and the vocabulary others are compared against.
 * `words` caches each word's keys (wordKeys); pass one map to read many members with the same
 * lexicon (the reading is the same with or without it).
 */
export function readMember(
  member: ProvenanceMember,
  lexicon: NewsLexicon = LEXICON,
  words: Map<string, string[]> = new Map(),
): MemberReading {
  const keysOf = cachedWordKeys(lexicon, words);
  const text = member.text.slice(0, MAX_TEXT_CHARS);
  const body = text.trim() === '' ? member.title : text;
  const all = `${member.title}\n${body}`;
  const tokens = tokenizeWithSentenceStarts(all, MAX_WORDS);
  const bodyTokens = tokenizeWithSentenceStarts(body, MAX_WORDS);
  const stems = contentStems(tokens);
  const quotes = readQuotes(body, keysOf);
  const numbers = readNumbers(body, bodyTokens);
  // The title's numbers count as said too; the body's are not read twice.
  const titleNumbers =
    body === member.title
      ? []
      : readNumbers(member.title, tokenizeWithSentenceStarts(member.title, MAX_TITLE_WORDS));
  return {
    language: member.language ?? readScript(all),
    quotes,
    names: readNames(body, bodyTokens, lexicon, keysOf),
    numbers,
    stems,
    stemGrams: new Set([...stems, ...bigrams(stems)]),
    ...readNameKeys(tokens, keysOf),
    quoteCrossTerms: new Set(quotes.flatMap((quote) => quote.crossTerms)),
    crossTerms: new Set(crossTermsOf(tokens, all, keysOf)),
    numberKeys: new Set([...numbers, ...titleNumbers].flatMap((number) => number.keys)),
  };
}

/**
 * The name keys of every capitalised word (compared within one language) and the loose keys of
 * every word (across languages, where a name may be lower-case: "белорусских"), each distinct
 * word looked up once.
 */
function readNameKeys(
  tokens: TextToken[],
  keysOf: (word: string) => string[],
): Pick<MemberReading, 'nameKeys' | 'crossNameKeys'> {
  const nameKeys = new Set<string>();
  const crossNameKeys = new Set<string>();
  for (const word of new Set(tokens.map((token) => token.word))) {
    if (word.length < 3 && !CAPITALISED.test(word)) continue;
    const keys = keysOf(word);
    if (CAPITALISED.test(word)) for (const key of keys) nameKeys.add(key);
    if (word.length >= 3) for (const key of keys) crossNameKeys.add(looseKey(key));
  }
  return { nameKeys, crossNameKeys };
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

function readQuotes(text: string, keysOf: (word: string) => string[]): QuoteClaim[] {
  const quotes: QuoteClaim[] = [];
  const seen = new Set<string>();
  for (const span of findQuotedSpans(text)) {
    if (span.length > MAX_QUOTED_SPAN) continue;
    const raw = span
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/[\s,;:]+$/u, '');
    const tokens = tokenizeWithSentenceStarts(raw, 400);
    if (tokens.length < MIN_QUOTE_WORDS) continue;
    const stems = contentStems(tokens);
    const key = stems.join(' ');
    if (stems.length === 0 || seen.has(key)) continue;
    seen.add(key);
    quotes.push({ text: shorten(raw), stems, crossTerms: crossTermsOf(tokens, raw, keysOf) });
    if (quotes.length >= MAX_QUOTES) break;
  }
  return quotes;
}

function shorten(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  return `${text.slice(0, MAX_QUOTE_CHARS).replace(/\s+\S*$/u, '')}…`;
}

/**
 * Concepts, name skeletons and numbers: what a text and its translation have in common. A word's
 * concept and skeleton are its wordKeys (`c:` and `e:`, the same lookups).
 */
function crossTermsOf(
  tokens: TextToken[],
  raw: string,
  keysOf: (word: string) => string[],
): string[] {
  const terms = new Set<string>();
  for (const token of tokens) {
    const lower = token.word.toLowerCase().replace(/ё/gu, 'е');
    if (STOP_WORDS.has(lower) || lower.length < 2) continue;
    const keys = keysOf(token.word);
    const concept = keys.find((key) => key.startsWith('c:'));
    if (concept !== undefined) terms.add(concept);
    else if (CAPITALISED.test(token.word) && !token.sentenceStart) {
      const skeleton = keys.find((key) => key.startsWith('e:'));
      if (skeleton !== undefined) terms.add(skeleton);
    }
  }
  for (const number of extractNumbers(raw, 20)) terms.add(`#:${number}`);
  return [...terms];
}

/** Cyrillic text is Russian or Belarusian, Latin text English: when the member has no language. */
function readScript(text: string): string {
  const cyrillic = text.match(/[\u0400-\u04ff]/gu)?.length ?? 0;
  const latin = text.match(/[a-z]/giu)?.length ?? 0;
  if (latin >= cyrillic) return 'en';
  return (text.match(/[іў]/giu)?.length ?? 0) > (text.match(/[иъщ]/giu)?.length ?? 0) ? 'be' : 'ru';
}
