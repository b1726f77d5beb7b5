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

export function buildDocument(entry: ClassifiableEntry): IndexedDocument {
  const leadEnd = findLeadEnd(entry.text);
  const lead = splitFoldedWords(entry.text.slice(0, leadEnd));
  const body = splitFoldedWords(entry.text.slice(leadEnd));
  const content = [...lead, ...body];
  return {
    title: indexTokens(splitFoldedWords(entry.title)),
    content: indexTokens(content),
    leadLength: lead.length,
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
}

function indexTokens(tokens: string[]): TokenIndex {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, pos) => {
    const list = positions.get(token);
    if (list) list.push(pos);
    else positions.set(token, [pos]);
  });
  const vocabulary = [...positions.keys()].sort();
  return { tokens, positions, vocabulary };
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
