import { splitFoldedWords } from './fold-text.js';
import { outlineText, type TextOutline } from './outline-text.js';

/** An entry's plain text, cleaned upstream. */
export interface ClassifiableEntry {
  title: string;
  text: string;
}

/**
 * An entry tokenized once for every topic: each distinct word numbered once, the title's and the
 * content's tokens as those numbers, the lead's length known. A topic's matcher looks each
 * distinct word up once (pattern-table.ts), not each of its patterns in the entry.
 */
export interface IndexedDocument {
  /** The entry's distinct folded words, numbered in order of first occurrence (title first). */
  words: string[];
  title: ZoneTokens;
  content: ZoneTokens;
  /** Content tokens at positions below this are in the lead. */
  leadLength: number;
  /** Sentences and the headline's subject in the text: read on first use (a decisive mention
   * past the lead needs them), then kept. */
  outline: () => TextOutline;
}

/** The tokens of the title or the content, and each one's number in `words`. */
export interface ZoneTokens {
  tokens: string[];
  wordIds: Int32Array;
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
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const number = (tokens: string[]): ZoneTokens => {
    const wordIds = new Int32Array(tokens.length);
    tokens.forEach((token, pos) => {
      let id = numbers.get(token);
      if (id === undefined) {
        id = words.push(token) - 1;
        numbers.set(token, id);
      }
      wordIds[pos] = id;
    });
    return { tokens, wordIds };
  };
  return {
    words,
    title: number(folded.title),
    content: number(content),
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
