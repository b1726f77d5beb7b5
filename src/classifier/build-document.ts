import { splitFoldedWords } from './fold-text.js';
import { outlineText, type TextOutline } from './outline-text.js';

/** An entry's plain text, cleaned upstream. */
export interface ClassifiableEntry {
  title: string;
  text: string;
}

/**
 * An entry tokenized once for every topic: its distinct words, and the title's and the content's
 * tokens as their numbers in them; the lead's length known. A topic's matcher looks each distinct
 * word up once (pattern-table.ts), not each of its patterns in the entry.
 */
export interface IndexedDocument {
  /** The entry's distinct folded words, in order of first occurrence (title first), joined by
   * spaces: word `i` is `words.slice(starts[i], starts[i + 1] - 1)`. */
  words: string;
  /** Where each word starts in `words`, and one more: `words.length + 1`. */
  starts: Int32Array;
  /** Each title token's number in `words`. */
  title: Int32Array;
  /** Each content token's (the lead's, then the rest's) number in `words`. */
  content: Int32Array;
  /** Content tokens at positions below this are in the lead. */
  leadLength: number;
  /** Sentences and the headline's subject in the text: read on first use (a decisive mention
   * past the lead needs them), then kept. */
  outline: () => TextOutline;
}

/**
 * An entry's words folded for matching (splitFoldedWords), each distinct word numbered once: the
 * headline's, the lead's and the rest of the text's tokens as numbers of `words`. Plain data, all
 * the per-word work of buildDocument: a parse worker makes it and the main thread reads it as it
 * crossed, one string and three typed arrays instead of a string per word (a poll keeps it so
 * until the entry is classified).
 */
export interface FoldedDocument {
  /** The distinct words, in order of first occurrence, joined by spaces (a folded word never
   * holds one): the headline's, the lead's, the rest's. */
  words: string;
  title: Int32Array;
  lead: Int32Array;
  body: Int32Array;
}

export function foldDocument(entry: ClassifiableEntry): FoldedDocument {
  const leadEnd = findLeadEnd(entry.text);
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const number = (text: string): Int32Array => {
    const tokens = splitFoldedWords(text);
    const ids = new Int32Array(tokens.length);
    tokens.forEach((token, pos) => {
      let id = numbers.get(token);
      if (id === undefined) {
        id = words.push(token) - 1;
        numbers.set(token, id);
      }
      ids[pos] = id;
    });
    return ids;
  };
  const title = number(entry.title);
  const lead = number(entry.text.slice(0, leadEnd));
  const body = number(entry.text.slice(leadEnd));
  return { words: words.join(' '), title, lead, body };
}

/** What crosses between threads: the FoldedDocument itself, already as compact as it gets. */
export type PackedFoldedDocument = FoldedDocument;

export function packFoldedDocument(folded: FoldedDocument): PackedFoldedDocument {
  return folded;
}

export function unpackFoldedDocument(packed: PackedFoldedDocument): FoldedDocument {
  return packed;
}

/** `folded` must be foldDocument(entry) (made elsewhere, e.g. in a worker); made here when absent. */
export function buildDocument(
  entry: ClassifiableEntry,
  folded: FoldedDocument = foldDocument(entry),
): IndexedDocument {
  const { words, title, lead, body } = folded;
  const content = new Int32Array(lead.length + body.length);
  content.set(lead);
  content.set(body, lead.length);
  const starts = findStarts(words);
  const contentWords = () =>
    Array.from(content, (id) => words.slice(starts[id], (starts[id + 1] as number) - 1));
  return {
    words,
    starts,
    title,
    content,
    leadLength: lead.length,
    outline: lazy(() => outlineText(entry.title, entry.text, contentWords())),
  };
}

/** Where each space-separated word of `words` starts, then `words.length + 1`. */
function findStarts(words: string): Int32Array {
  const starts: number[] = [];
  if (words !== '') {
    let start = 0;
    while (start >= 0) {
      starts.push(start);
      const space = words.indexOf(' ', start);
      start = space < 0 ? space : space + 1;
    }
  }
  starts.push(words.length + 1);
  return Int32Array.from(starts);
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
