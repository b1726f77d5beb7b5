import { compileNewsLexicon, type NewsLexicon } from '../clusterer/index.js';
import type { Claim } from './claim.js';
import {
  bodyTokensOf,
  keysOfWord,
  type MemberWord,
  tokenizeMemberText,
  type WordTable,
} from './member-words.js';
import { cachedWordKeys, looseKey, readNames } from './read-names.js';
import { readNumbers } from './read-numbers.js';
import { contentStems, crossTermsOf, type QuoteClaim, readQuotes } from './read-quotes.js';

export type { QuoteClaim } from './read-quotes.js';

/** One copy of a story, as provenance reads it. */
export interface ProvenanceMember {
  entryId: number;
  sourceId: string;
  title: string;
  /** Plain text of the content. */
  text: string;
  language?: string;
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
/** The shipped lexicon: immutable data, compiled once like a regular expression. */
const LEXICON = compileNewsLexicon();

/** A member's reading as stored (encodeReading): all of it but stemGrams, which is made of stems. */
export type ReadingToStore = Omit<MemberReading, 'stemGrams'>;

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
  const reading = readMemberForStore(member, lexicon, words);
  return { ...reading, stemGrams: new Set([...reading.stems, ...bigrams(reading.stems)]) };
}

/**
 * readMember without stemGrams: what is stored. The member's texts are split into words once
 * (title and body together; the body's words and the title's are parts of those), and each
 * distinct word is folded, stemmed and looked up once (member-words.ts).
 */
export function readMemberForStore(
  member: ProvenanceMember,
  lexicon: NewsLexicon = LEXICON,
  words: Map<string, string[]> = new Map(),
): ReadingToStore {
  const keysOf = cachedWordKeys(lexicon, words);
  const text = member.text.slice(0, MAX_TEXT_CHARS);
  const body = text.trim() === '' ? member.title : text;
  const all = `${member.title}\n${body}`;
  const table: WordTable = new Map();
  const tokens = tokenizeMemberText(all, MAX_WORDS, table);
  // The words of title and body in the order they first occur (the table's order so far).
  const distinct = [...table.values()];
  const titleTokens = tokenizeMemberText(member.title, MAX_WORDS, table);
  const bodyTokens = bodyTokensOf(tokens, titleTokens.length, body, MAX_WORDS, table);
  const stems = contentStems(tokens);
  const quotes = readQuotes(body, keysOf, table);
  const numbers = readNumbers(body, bodyTokens);
  // The title's numbers count as said too; the body's are not read twice.
  const titleNumbers =
    body === member.title ? [] : readNumbers(member.title, titleTokens.slice(0, MAX_TITLE_WORDS));
  return {
    language: member.language ?? readScript(all),
    quotes,
    names: readNames(bodyTokens, keysOf),
    numbers,
    stems,
    ...readNameKeys(distinct, keysOf),
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
  distinct: readonly MemberWord[],
  keysOf: (word: string) => string[],
): Pick<MemberReading, 'nameKeys' | 'crossNameKeys'> {
  const nameKeys = new Set<string>();
  const crossNameKeys = new Set<string>();
  for (const info of distinct) {
    if (info.word.length < 3 && !info.capitalised) continue;
    const keys = keysOfWord(info, keysOf);
    if (info.capitalised) for (const key of keys) nameKeys.add(key);
    if (info.word.length >= 3) for (const key of keys) crossNameKeys.add(looseKey(key));
  }
  return { nameKeys, crossNameKeys };
}

/** Stem bigrams of a word sequence: word order is what tells a quote from the same words loose. */
export function bigrams(stems: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < stems.length; i++) out.push(`${stems[i]} ${stems[i + 1]}`);
  return out;
}

/** Cyrillic text is Russian or Belarusian, Latin text English: when the member has no language. */
function readScript(text: string): string {
  const cyrillic = text.match(/[\u0400-\u04ff]/gu)?.length ?? 0;
  const latin = text.match(/[a-z]/giu)?.length ?? 0;
  if (latin >= cyrillic) return 'en';
  return (text.match(/[іў]/giu)?.length ?? 0) > (text.match(/[иъщ]/giu)?.length ?? 0) ? 'be' : 'ru';
}
