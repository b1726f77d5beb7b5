import { findSubjectPositions } from './find-subject.js';
import { splitFoldedWords } from './fold-text.js';

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
  /** Sorted content positions naming the headline's subject (a name of the title). */
  subject: number[];
  /** Sorted content positions where a sentence starts (0 first). */
  sentenceStarts: number[];
}

export function buildDocument(entry: ClassifiableEntry): IndexedDocument {
  const leadEnd = findLeadEnd(entry.text);
  const content: string[] = [];
  const sentenceStarts: number[] = [];
  let leadLength = 0;
  for (const [index, part] of [entry.text.slice(0, leadEnd), entry.text.slice(leadEnd)].entries()) {
    for (const sentence of part.split(SENTENCE_END)) {
      const words = splitFoldedWords(sentence);
      if (words.length === 0) continue;
      sentenceStarts.push(content.length);
      content.push(...words);
    }
    if (index === 0) leadLength = content.length;
  }
  return {
    title: indexTokens(splitFoldedWords(entry.title)),
    content: indexTokens(content),
    leadLength,
    subject: findSubjectPositions(entry.title, entry.text, content),
    sentenceStarts,
  };
}

/** Where one sentence ends and the next begins: after . ! ? … (and closing quotes), at a space. */
const SENTENCE_END = /(?<=[.!?…]["'»”’)]*)\s+/u;

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
