/** One word of a text, and whether it opens a sentence (so its capital letter means nothing). */
export interface TextToken {
  word: string;
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?…:;"“”«»„(\n]\s*$/u;

/** Words of `text` (at most `maxWords`), each flagged when it starts a sentence or a quote. */
export function tokenizeText(text: string, maxWords: number): TextToken[] {
  const tokens: TextToken[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (tokens.length >= maxWords) break;
    const gap = text.slice(last, match.index);
    const sentenceStart = tokens.length === 0 || SENTENCE_END.test(gap) || /[—–-]\s*$/u.test(gap);
    tokens.push({ word: match[0].replace(/[-'’]+$/u, ''), sentenceStart });
    last = match.index + match[0].length;
  }
  return tokens;
}

/** Lower-cased words of `text`, at most `maxWords`. */
export function listWords(text: string, maxWords: number): string[] {
  return tokenizeText(text, maxWords).map((token) => token.word.toLowerCase());
}
