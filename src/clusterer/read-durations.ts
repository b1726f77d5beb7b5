import { readNumberWord, sumNumberWords } from './number-words.js';

/**
 * Terms of years and months, however written, as one canonical number: the total in months with
 * the suffix `mo`. "18 months", "1.5 years", "a year and a half", "полтора года", "паўтара года"
 * all give "18mo"; "2 years and 6 months", "two and a half years", "30 months", "два с половиной
 * года", "2 гады 6 месяцаў" give "30mo"; "half a year", "полгода", "six months" give "6mo".
 * Copies of one verdict in two languages then share a number though they write none alike.
 */

/** Words, digits (a decimal point or comma kept) and what ends a sentence or a clause. */
const TOKEN = /\d+(?:[.,]\d+)?|[\p{L}\p{M}]+|[.!?;:()«»"]/gu;
const DIGITS = /^\d+(?:[.,]\d+)?$/u;
/** Years in English, Russian and Belarusian, every case ("года", "лет", "гадоў", "гадамі"). */
const YEAR_WORDS = 'years?|год(?:а|у|ом|е|ам|ами|ах)?|лет|гад(?:ы|оў|а|у|ам|амі|ах)';
/** Months, every case ("месяцев", "месяцаў"), and the adjective of "18-месячный". */
const MONTH_WORDS = 'months?|месяц\\p{L}{0,4}|месячн\\p{L}{0,4}';
/** Half a year written as one word: "полгода", "полугода", "паўгода". */
const HALF_YEAR_WORDS = '(?:пол|полу|паў)(?:года|году|годом|гады|гадоў)';
const YEAR_UNIT = new RegExp(`^(?:${YEAR_WORDS})$`, 'u');
const MONTH_UNIT = new RegExp(`^(?:${MONTH_WORDS})$`, 'u');
const HALF_YEAR_WORD = new RegExp(`^(?:${HALF_YEAR_WORDS})$`, 'u');
/**
 * Every term holds a unit, and every unit one of these letters: the text is read into words only
 * around them (finding them is cheap; reading every word of a long text is not).
 */
const ANCHOR = /year|month|год|лет|гад|месяц|месяч/gu;
/**
 * How far a term reaches before and after its unit, in characters ("one hundred and twenty and a
 * half years", "years and eleven months"), with room to spare.
 */
const BEFORE = 160;
const AFTER = 80;
/** "and a half" after a number or a year: "two and a half", "два с половиной", "два з паловай". */
const HALF_PHRASES = [
  ['and', 'a', 'half'],
  ['с', 'половиной'],
  ['з', 'паловай'],
  ['з', 'паловаю'],
];
/** What joins years to months: "2 years and 6 months", "два года и шесть месяцев". */
const CONNECTORS = new Set(['and', 'и', 'і', 'й']);
/** A term this long is a sentence no court hands down: a count of something else. */
const MAX_MONTHS = 1200;

type Unit = 'year' | 'month';

interface Term {
  months: number;
  end: number;
}

/** The terms of years and months of a text as `Nmo` (total months), distinct, in order. */
export function readDurations(text: string, maxDurations: number): string[] {
  const lower = text.toLowerCase();
  const folded = lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower;
  const found = new Set<string>();
  for (const [start, end] of listWindows(folded)) {
    const tokens = folded.slice(start, end).match(TOKEN) ?? [];
    for (let at = 0; at < tokens.length && found.size < maxDurations; ) {
      const term = readTermAt(tokens, at);
      if (term === undefined) {
        at++;
        continue;
      }
      if (Number.isInteger(term.months) && term.months > 0 && term.months <= MAX_MONTHS)
        found.add(`${term.months}mo`);
      at = term.end;
    }
  }
  return [...found];
}

/**
 * The stretches of text around the units, whole words only; units closer than BEFORE + AFTER
 * share one stretch, so no term is cut in two.
 */
function listWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  const anchor = new RegExp(ANCHOR);
  for (let match = anchor.exec(text); match !== null; match = anchor.exec(text)) {
    const last = windows.at(-1);
    if (last !== undefined && match.index - BEFORE <= last[1]) last[1] = match.index + AFTER;
    else windows.push([match.index - BEFORE, match.index + AFTER]);
  }
  return windows.map(([start, end]) => [startOfWord(text, start), endOfWord(text, end)]);
}

const WORD_CHARACTER = /[\p{L}\p{M}\d]/u;

/** `at`, or the end of the word it falls in (0 before the text). */
function startOfWord(text: string, at: number): number {
  let start = Math.max(at, 0);
  while (start > 0 && start < text.length && WORD_CHARACTER.test(text[start - 1] ?? '')) start++;
  return start;
}

/** `at`, or the start of the word it falls in (the text's end past it). */
function endOfWord(text: string, at: number): number {
  let end = Math.min(at, text.length);
  while (end < text.length && end > 0 && WORD_CHARACTER.test(text[end] ?? '')) end--;
  return end;
}

/** A term starting at `at`, and where it ends; undefined when none starts there. */
function readTermAt(tokens: string[], at: number): Term | undefined {
  const word = tokens[at] ?? '';
  if (HALF_YEAR_WORD.test(word)) return { months: 6, end: at + 1 };
  // "half a year", "a half-year term"
  if (word === 'half') {
    const next = tokens[at + 1] === 'a' || tokens[at + 1] === 'an' ? at + 2 : at + 1;
    if (unitOf(tokens[next]) === 'year') return { months: 6, end: next + 1 };
  }
  // "a year and a half", "год с половиной"
  if (unitOf(word) === 'year') {
    const half = endOfHalf(tokens, at + 1);
    return half === undefined ? undefined : { months: 18, end: half };
  }
  const quantity = readQuantity(tokens, at);
  if (quantity === undefined) return undefined;
  let value = quantity.value;
  let next = quantity.end;
  const half = endOfHalf(tokens, next);
  if (half !== undefined) {
    value += 0.5;
    next = half;
  }
  const unit = unitOf(tokens[next]);
  // "18 years old", "a five-year-old": an age, not a term.
  if (unit === undefined || tokens[next + 1] === 'old') return undefined;
  next++;
  if (unit === 'month') return { months: value, end: next };
  return addMonths(tokens, value * 12, next);
}

/** After the years: "and a half", or "(and) M months". */
function addMonths(tokens: string[], months: number, at: number): Term {
  const half = endOfHalf(tokens, at);
  if (half !== undefined) return { months: months + 6, end: half };
  const from = CONNECTORS.has(tokens[at] ?? '') ? at + 1 : at;
  const more = readQuantity(tokens, from);
  if (more === undefined || unitOf(tokens[more.end]) !== 'month') return { months, end: at };
  return { months: months + more.value, end: more.end + 1 };
}

/** A number in digits or a run of number words at `at`. */
function readQuantity(tokens: string[], at: number): { value: number; end: number } | undefined {
  const word = tokens[at] ?? '';
  if (DIGITS.test(word)) return { value: Number(word.replace(',', '.')), end: at + 1 };
  const values: number[] = [];
  let end = at;
  for (let value = readNumberWord(word); value !== undefined; ) {
    values.push(value);
    end++;
    value = readNumberWord(tokens[end] ?? '');
  }
  return values.length === 0 ? undefined : { value: sumNumberWords(values), end };
}

/** Where a "and a half" phrase at `at` ends; undefined when none is there. */
function endOfHalf(tokens: string[], at: number): number | undefined {
  for (const phrase of HALF_PHRASES) {
    if (phrase.every((word, i) => tokens[at + i] === word)) return at + phrase.length;
  }
  return undefined;
}

function unitOf(word: string | undefined): Unit | undefined {
  if (word === undefined) return undefined;
  if (YEAR_UNIT.test(word)) return 'year';
  if (MONTH_UNIT.test(word)) return 'month';
  return undefined;
}
