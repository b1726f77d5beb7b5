import { splitFoldedWords } from './fold-text.js';
import { outlineText, type TextOutline } from './outline-text.js';

/** An entry's plain text, cleaned upstream. */
export interface ClassifiableEntry {
  title: string;
  text: string;
}

/** An entry tokenized once for every topic: title and content indexed, the lead's length known. */
export interface IndexedDocument {
  title: TokenIndex;
  content: TokenIndex;
  /** Content tokens at positions below this are in the lead. */
  leadLength: number;
  /** Sentences and the headline's subject in the text: read on first use (a decisive mention
   * past the lead needs them), then kept. */
  outline: () => TextOutline;
}

/**
 * An entry's words folded for matching (splitFoldedWords): the headline's, the lead's and the
 * rest of the text's. Plain data, the costly half of buildDocument: a parse worker makes it and
 * the main thread indexes it.
 */
export interface FoldedDocument {
  title: string[];
  lead: string[];
  body: string[];
}

export function foldDocument(entry: ClassifiableEntry): FoldedDocument {
  const leadEnd = findLeadEnd(entry.text);
  return {
    title: splitFoldedWords(entry.title),
    lead: splitFoldedWords(entry.text.slice(0, leadEnd)),
    body: splitFoldedWords(entry.text.slice(leadEnd)),
  };
}

/**
 * A FoldedDocument as three strings, the words joined by spaces (a folded word never holds one):
 * what crosses between threads, one string per part instead of one per word, and what a poll
 * keeps until the entry is classified.
 */
export interface PackedFoldedDocument {
  title: string;
  lead: string;
  body: string;
}

export function packFoldedDocument(folded: FoldedDocument): PackedFoldedDocument {
  return {
    title: folded.title.join(' '),
    lead: folded.lead.join(' '),
    body: folded.body.join(' '),
  };
}

export function unpackFoldedDocument(packed: PackedFoldedDocument): FoldedDocument {
  const words = (part: string) => (part === '' ? [] : part.split(' '));
  return { title: words(packed.title), lead: words(packed.lead), body: words(packed.body) };
}

/** `folded` must be foldDocument(entry) (made elsewhere, e.g. in a worker); made here when absent. */
export function buildDocument(
  entry: ClassifiableEntry,
  folded: FoldedDocument = foldDocument(entry),
): IndexedDocument {
  const content = [...folded.lead, ...folded.body];
  return {
    title: indexTokens(folded.title),
    content: indexTokens(content),
    leadLength: folded.lead.length,
    outline: lazy(() => outlineText(entry.title, entry.text, content)),
  };
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= compute();
    return value;
  };
}

/** Token positions by token, plus the sorted distinct tokens for prefix lookups. */
export interface TokenIndex {
  tokens: string[];
  positions: Map<string, number[]>;
  vocabulary: string[];
  /** The positions of each prefix found so far (match.ts), for the next topic asking. */
  prefixes: Map<string, readonly number[]>;
  /**
   * Every token's first one, two and three characters (prefixHead): a prefix pattern whose head
   * is not here matches no token, without a search of the vocabulary.
   */
  heads: Set<number>;
}

/** The first `length` (at most 3) UTF-16 units of `text` as one number, without a substring. */
export function prefixHead(text: string, length: number): number {
  let head = length;
  for (let i = 0; i < length; i += 1) head = head * 65_536 + text.charCodeAt(i);
  return head;
}

/** Characters a prefix head holds at most. */
export const PREFIX_HEAD_CHARS = 3;

function indexTokens(tokens: string[]): TokenIndex {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, pos) => {
    const list = positions.get(token);
    if (list) list.push(pos);
    else positions.set(token, [pos]);
  });
  const vocabulary = [...positions.keys()].sort();
  const heads = new Set<number>();
  for (const token of vocabulary) {
    const longest = Math.min(token.length, PREFIX_HEAD_CHARS);
    for (let length = 1; length <= longest; length += 1) heads.add(prefixHead(token, length));
  }
  return { tokens, positions, vocabulary, prefixes: new Map(), heads };
}

/** Where the lead ends: after the second sentence, and never beyond `maxChars` characters. */
function findLeadEnd(text: string, maxChars = 300): number {
  const head = text.slice(0, maxChars);
  let sentences = 0;
  for (const end of head.matchAll(/[.!?…](?=[\s"'»”’)]|$)/gu)) {
    sentences += 1;
    if (sentences === 2) return end.index + 1;
  }
  if (head.length < maxChars) return head.length;
  const lastSpace = head.search(/\s\S*$/u);
  return lastSpace > 0 ? lastSpace : head.length;
}
