import { canonicalizeNumber, readScaleWord } from './extract-numbers.js';
import { readNumberCompound } from './number-compounds.js';
import { readNumberWord, sumNumberWords } from './number-words.js';

/**
 * What a headline's numbers measure. "Substation fire leaves 280,000 without power" and "Tallinn
 * without light for six hours" give no number alike, and neither contradicts the other: one counts
 * people, the other hours. Two headlines' numbers conflict only where they measure the same kind
 * of thing (numberKindsConflict): a count against a count, a duration against a duration.
 *
 * A number's kind is read from its unit, in English, Russian and Belarusian — minutes, hours,
 * days, weeks, a term of months or years, an age, a percentage, a magnitude, an ordinal, money, a
 * size: the word after it ("six hours", "шесть часов", "шэсць гадзін", "3.5%", "60 roubles",
 * "3,400 hectares"), a hyphen
 * compound ("three-day", "67-year-old", "5.9-magnitude", "21st"), the word before it ("magnitude
 * 5.9", "aged 67", "$13,400") or a Russian or Belarusian compound ("трёхдневную"). A number with no
 * unit is a count. Read at fingerprint time as `kind=number` entries
 * (FingerprintFeatures.titleNumberKinds), the number written as the headline's numbers are.
 */

type Kind =
  | 'minutes'
  | 'hours'
  | 'days'
  | 'weeks'
  | 'term'
  | 'age'
  | 'percent'
  | 'magnitude'
  | 'ordinal'
  | 'money'
  | 'size';

const UNITS: [Kind, RegExp][] = [
  ['percent', /^(?:%|percent|процент\p{L}*|працэнт\p{L}*|п\.п)$/u],
  ['minutes', /^(?:minutes?|mins?|минут\p{L}*|хвілін\p{L}*)$/u],
  ['hours', /^(?:hours?|hrs?|час|часа|часов|гадзін\p{L}*)$/u],
  ['days', /^(?:days?|nights?|суток|сутки|день|дня|дней|дзень|дні|дзён|сутак)$/u],
  ['weeks', /^(?:weeks?|недел\p{L}*|тыдн\p{L}*|тыдзень)$/u],
  ['term', /^(?:months?|years?|decades?|месяц\p{L}*|год|года|году|годы|лет|гадоў|гады|гадамі)$/u],
  ['age', /^(?:летн\p{L}*|летия|гадов\p{L}*)$/u],
  ['magnitude', /^(?:magnitude|балл\p{L}*|бал|балы|балаў)$/u],
  ['ordinal', /^(?:st|nd|rd|th|й|я|е|го|м|ю|ы|і|га)$/u],
  [
    'money',
    /^(?:dollars?|euros?|pounds?|roubles?|rubles?|francs?|yuan|usd|eur|byn|евро|еўра|долл\p{L}*|долар\p{L}*|рубл\p{L}*|рубел\p{L}*|руб|фунт\p{L}*|франк\p{L}*|юан\p{L}*)$/u,
  ],
  [
    'size',
    /^(?:hectares?|ha|acres?|km|kilomet\p{L}*|miles?|metres?|meters?|tonnes?|tons?|kg|kilograms?|°|degrees?|га|гектар\p{L}*|км|километр\p{L}*|кіламетр\p{L}*|метр\p{L}*|тонн\p{L}*|кг|градус\p{L}*)$/u,
  ],
];
/** Words before a number that give its kind ("magnitude 5.9", "aged 67", "$5"). */
const BEFORE: [Kind, RegExp][] = [
  ['magnitude', /^(?:magnitude|магнитуд\p{L}*|магнітуд\p{L}*)$/u],
  ['age', /^aged$/u],
  ['money', /^[$€£¥]$/u],
];
const TOKEN = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?|[\p{L}\p{M}]+|[%$€£¥°]/gu;
const DIGITS = /^\d/u;
const CENTURY = /^(?:century|centuries|век\p{L}*|стагодд\p{L}*)$/u;

interface Token {
  text: string;
  /** Where the token ends in the headline, to see what is attached to it. */
  end: number;
  start: number;
}

/** The `kind=number` entries of a headline's numbers that have a unit (see above). */
export function readNumberKinds(title: string, limit: number): string[] {
  const lower = title.toLowerCase().replace(/ё/gu, 'е');
  const tokens: Token[] = [...lower.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const found: string[] = [];
  const add = (kind: Kind, value: string) => {
    const entry = `${kind}=${value}`;
    if (value !== '' && !found.includes(entry) && found.length < limit) found.push(entry);
  };
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const compound = readNumberCompound(token.text);
    if (compound !== undefined) {
      add(compoundKind(token.text), String(compound));
      continue;
    }
    const number = readNumberAt(tokens, at);
    if (number === undefined) continue;
    const kind = kindAround(tokens, at, number.next, lower);
    if (kind !== undefined) add(kind, number.value);
    at = number.next - 1;
  }
  return found;
}

/** The kind of a compound's number by its unit ("трёхдневную": days, "пятилетнего": age). */
function compoundKind(word: string): Kind {
  if (/(?:летн|летк|лети|гадов)/u.test(word)) return 'age';
  if (/(?:часов|гадзінн)/u.test(word)) return 'hours';
  if (/(?:минутн|хвілінн)/u.test(word)) return 'minutes';
  if (/(?:недельн|тыднев)/u.test(word)) return 'weeks';
  if (/(?:месячн|годичн)/u.test(word)) return 'term';
  return 'days';
}

/** The number at `at` (digits, or a run of number words) and the index after it and its scale. */
function readNumberAt(
  tokens: readonly Token[],
  at: number,
): { value: string; next: number } | undefined {
  const first = tokens[at] as Token;
  let next = at + 1;
  if (DIGITS.test(first.text)) {
    // A scale word between the number and its unit ("$2 billion", "1,5 млн рублей").
    const word = tokens[next]?.text;
    const scale = word === undefined ? undefined : readScaleWord(word);
    if (scale !== undefined) next++;
    return { value: canonicalizeNumber(first.text, scale ?? 1), next };
  }
  const run: number[] = [];
  for (let word = readNumberWord(first.text); word !== undefined; ) {
    run.push(word);
    word = next < tokens.length ? readNumberWord((tokens[next] as Token).text) : undefined;
    if (word !== undefined) next++;
  }
  if (run.length === 0) return undefined;
  return { value: String(sumNumberWords(run)), next };
}

/** The kind the words around a number give it: the unit after, or a word before. */
function kindAround(
  tokens: readonly Token[],
  at: number,
  next: number,
  lower: string,
): Kind | undefined {
  const before = tokens[at - 1]?.text;
  for (const [kind, pattern] of BEFORE)
    if (before !== undefined && pattern.test(before)) return kind;
  const unit = tokens[next];
  if (unit === undefined) return undefined;
  // "67-year-old", "a man aged 67": an age, not a term.
  if (/^years?$/u.test(unit.text) && tokens[next + 1]?.text === 'old') return 'age';
  if (unit.text === 'per' && tokens[next + 1]?.text === 'cent') return 'percent';
  // An ordinal's ending is attached ("21st", "21-й"), not a word of its own.
  const attached = /^-?$/u.test(lower.slice((tokens[next - 1] as Token).end, unit.start));
  for (const [kind, pattern] of UNITS) {
    if (!pattern.test(unit.text)) continue;
    if (kind === 'ordinal' && !attached) continue;
    // "17th-century", "17-го века": the age of a thing, as "380-year-old" is.
    if (kind === 'ordinal' && CENTURY.test(tokens[next + 1]?.text ?? '')) return 'age';
    return kind;
  }
  return undefined;
}

/**
 * Whether two headlines' numbers contradict each other: both give numbers of one kind (a number
 * with no unit is a count), and no number of one is a number of the other, nor its rounding
 * ("more than 400" villages and 412; "4,200" people and "more than four thousand"; 3 % and 3.1 %).
 * `kindsA`, `kindsB`: each side's readNumberKinds entries.
 */
export function numberKindsConflict(
  numbersA: readonly string[],
  kindsA: readonly string[],
  numbersB: readonly string[],
  kindsB: readonly string[],
): boolean {
  const a = byKind(numbersA, kindsA);
  const b = byKind(numbersB, kindsB);
  let sharedKind = false;
  for (const [kind, valuesA] of a) {
    const valuesB = b.get(kind);
    if (valuesB === undefined) continue;
    sharedKind = true;
    for (const x of valuesA)
      for (const y of valuesB) if (roundsAlike(x, y, kind) || roundsAlike(y, x, kind)) return false;
  }
  return sharedKind;
}

/**
 * A headline's numbers by kind: `count` for those with no unit. A term of years or months is
 * compared in months (its `18mo` number, read-durations.ts): its number of years or months as
 * written ("5" of "пять с половиной лет", "12" of "12 гадоў") is left out, so that one year is
 * not twelve.
 */
function byKind(numbers: readonly string[], kinds: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  const months = numbers.filter((n) => n.endsWith('mo')).map((n) => Number(n.slice(0, -2)));
  for (const number of numbers) {
    const term = number.endsWith('mo');
    const kind = term
      ? 'term'
      : (kinds.find((k) => k.endsWith(`=${number}`))?.split('=')[0] ?? 'count');
    if (!term && (kind === 'term' || yearsOfTerm(Number(number), months))) continue;
    const value = Number(term ? number.slice(0, -2) : number);
    if (!Number.isFinite(value)) continue;
    groups.set(kind, [...(groups.get(kind) ?? []), value]);
  }
  return groups;
}

/** Whether `years` are the whole years of a term of `months` ("5" of 66 months). */
function yearsOfTerm(years: number, months: readonly number[]): boolean {
  return months.some((m) => years * 12 <= m && m < (years + 1) * 12);
}

/**
 * Whether `round` is `exact` rounded or cut to the significant digits `round` has: 400 and 412,
 * 4,000 and 4,200, 13,400 and 13,452 — for numbers of a hundred or more, where a report rounds; a
 * percentage also to a whole ("3 %" and "3.1 %"). Small counts are told exactly: 10 and 12 differ.
 */
function roundsAlike(round: number, exact: number, kind: string): boolean {
  if (round === exact) return true;
  if (kind === 'percent' && Number.isInteger(round) && !Number.isInteger(exact))
    return round === Math.round(exact) || round === Math.trunc(exact);
  if (round < 100 || exact < 100 || !Number.isInteger(round)) return false;
  const digits = significantDigits(round);
  if (digits >= significantDigits(exact)) return false;
  const unit = 10 ** (Math.floor(Math.log10(exact)) + 1 - digits);
  return round === Math.round(exact / unit) * unit || round === Math.trunc(exact / unit) * unit;
}

function significantDigits(value: number): number {
  return (
    String(value)
      .replace(/^0\.0*|\./u, '')
      .replace(/0+$/u, '').length || 1
  );
}
