/** One word of a text, and whether it opens a sentence (so its capital letter means nothing). */
export interface TextToken {
  word: string;
  sentenceStart: boolean;
}

/**
 * What a word is: a letter or a mark (`[\p{L}\p{M}]`), then letters, marks, apostrophes and
 * hyphens (`[\p{L}\p{M}'’-]*`). Scanned by hand: the basic plane's letters and marks are a table
 * built once from the regular expression (about 7 ms when the module loads), other planes asked
 * of it.
 */
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const BASIC_LETTERS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++)
  if (LETTER_OR_MARK.test(String.fromCharCode(code))) BASIC_LETTERS[code] = 1;
/** What ends a sentence or opens a quote before a word (a line break too); and the dashes. */
const SENTENCE_END = new Set('.!?…:;"“”«»„(\n');
const DASHES = new Set('—–-');
/** What `\s` matches. */
const SPACES = new Set('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff');
for (let code = 0x2000; code <= 0x200a; code++) SPACES.add(String.fromCharCode(code));

/**
 * Words of `text` (at most `maxWords`), each flagged when it starts a sentence or a quote. Given
 * `bounds`, each word's start and end in `text` (trailing apostrophes and hyphens included) are
 * pushed on it, two numbers a word.
 */
export function tokenizeWithSentenceStarts(
  text: string,
  maxWords: number,
  bounds?: number[],
): TextToken[] {
  const tokens: TextToken[] = [];
  let last = 0;
  let at = 0;
  while (at < text.length && tokens.length < maxWords) {
    const width = letterWidth(text, at);
    if (width === 0) {
      at += codePointWidth(text, at);
      continue;
    }
    let end = at + width;
    for (let next = letterWidth(text, end, true); next > 0; next = letterWidth(text, end, true))
      end += next;
    const sentenceStart = tokens.length === 0 || opensSentence(text, last, at);
    tokens.push({ word: trimWordEnd(text.slice(at, end)), sentenceStart });
    bounds?.push(at, end);
    last = end;
    at = end;
  }
  return tokens;
}

/**
 * The width (1 or 2 code units) of the letter or mark at `at` (or apostrophe or hyphen, when
 * `inWord`), 0 when there is none.
 */
function letterWidth(text: string, at: number, inWord = false): number {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return 0;
  if (inWord && (code === 0x27 || code === 0x2019 || code === 0x2d)) return 1;
  if (code < 0xd800 || code > 0xdfff) return BASIC_LETTERS[code] === 1 ? 1 : 0;
  const width = codePointWidth(text, at);
  if (width === 1) return 0;
  return LETTER_OR_MARK.test(text.slice(at, at + 2)) ? 2 : 0;
}

/** 2 for a surrogate pair at `at`, else 1. */
function codePointWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/**
 * Whether the gap `text[from, to)` before a word ends in a sentence end, a quote mark, a bracket
 * or a dash, spaces after it allowed. Scanned back from the word, without slicing the gap.
 */
function opensSentence(text: string, from: number, to: number): boolean {
  for (let at = to - 1; at >= from; at--) {
    const char = text[at] as string;
    if (char === '\n') return true;
    if (!SPACES.has(char)) return SENTENCE_END.has(char) || DASHES.has(char);
  }
  return false;
}

/** The word without trailing hyphens and apostrophes. */
function trimWordEnd(word: string): string {
  let end = word.length;
  while (end > 0 && "-'’".includes(word[end - 1] as string)) end--;
  return end === word.length ? word : word.slice(0, end);
}
