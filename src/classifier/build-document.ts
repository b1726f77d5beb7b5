import { findLeadEnd } from './find-lead-end.js';
import { splitFoldedWords } from './fold-text.js';
import { indexTokens, type TokenIndex } from './index-tokens.js';

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
}

export function buildDocument(entry: ClassifiableEntry): IndexedDocument {
  const leadEnd = findLeadEnd(entry.text);
  const lead = splitFoldedWords(entry.text.slice(0, leadEnd));
  const body = splitFoldedWords(entry.text.slice(leadEnd));
  return {
    title: indexTokens(splitFoldedWords(entry.title)),
    content: indexTokens([...lead, ...body]),
    leadLength: lead.length,
  };
}
