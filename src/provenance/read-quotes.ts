import { extractNumbers, findQuotedSpans } from '../clusterer/index.js';
import {
  keysOfWord,
  type ReadToken,
  stemOfWord,
  tokenizeMemberText,
  type WordTable,
} from './member-words.js';

/** A quote: as written, its content stems in order (same language) and its language-free terms. */
export interface QuoteClaim {
  text: string;
  stems: string[];
  crossTerms: string[];
}

const MAX_QUOTES = 16;
/** Fewer words is a scare quote or a title ("personal hero"), not a statement. */
const MIN_QUOTE_WORDS = 4;
const MAX_QUOTE_CHARS = 240;
/** Longer quoted spans are documents quoted whole, not statements. */
const MAX_QUOTED_SPAN = 1500;

/** The content stems of words in order: stop words and one-letter words left out. */
export function contentStems(tokens: readonly ReadToken[]): string[] {
  const stems: string[] = [];
  for (const { info } of tokens) {
    if (info.folded.length >= 2 && !info.stop) stems.push(stemOfWord(info));
  }
  return stems;
}

/** The member's quotes (see docs/provenance.md), each as written, stemmed and by its cross terms. */
export function readQuotes(
  text: string,
  keysOf: (word: string) => string[],
  table: WordTable,
): QuoteClaim[] {
  const quotes: QuoteClaim[] = [];
  const seen = new Set<string>();
  for (const span of findQuotedSpans(text)) {
    if (span.length > MAX_QUOTED_SPAN) continue;
    const raw = span
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/[\s,;:]+$/u, '');
    const tokens = tokenizeMemberText(raw, 400, table);
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
export function crossTermsOf(
  tokens: readonly ReadToken[],
  raw: string,
  keysOf: (word: string) => string[],
): string[] {
  const terms = new Set<string>();
  for (const { info, sentenceStart } of tokens) {
    if (info.stop || info.folded.length < 2) continue;
    const keys = keysOfWord(info, keysOf);
    const concept = keys.find((key) => key.startsWith('c:'));
    if (concept !== undefined) terms.add(concept);
    else if (info.capitalised && !sentenceStart) {
      const skeleton = keys.find((key) => key.startsWith('e:'));
      if (skeleton !== undefined) terms.add(skeleton);
    }
  }
  for (const number of extractNumbers(raw, 20)) terms.add(`#:${number}`);
  return [...terms];
}
