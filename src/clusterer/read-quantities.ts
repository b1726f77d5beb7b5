import { canonicalizeNumber } from './extract-numbers.js';
import { boundPairs, readNumberBounds } from './read-number-bounds.js';

/**
 * Quantities told approximately: one report writes "31%", another "почти на треть"; one dates a
 * wreck "17th-century", another "375 years ago", a third "XVII века". Each is read as a mark of
 * the band it names — a fraction (`~1/3`) or a century (`~c17`) — so a copy that rounds a number
 * into words or an age into a century still says the number (see withQuantitiesSaid).
 *
 * - A percentage says the fractions whose band holds it (31 % is about a third; 18 % about a
 *   fifth). A fraction in words ("a third of", "by almost a fifth", "треть", "палову") says its
 *   own band; an ordinal is no fraction ("a third term", "во второй половине дня").
 * - A century in digits, in Roman numerals or implied by a year before 1900 ("1600s", "in 1651")
 *   says that century; an age of a hundred years or more ("380-year-old", "375 years ago",
 *   "400-летний", "375 гадоў таму") says the centuries within a tenth of it of the report's year.
 *
 * Numbers told roughly ("41.8C" and "almost 42C") are read as bounds (read-number-bounds.ts),
 * kept with the numbers that say marks.
 */

/** Percentages each fraction in words stands for (a writer rounds within these). */
const FRACTION_BANDS: [string, number, number][] = [
  ['1/10', 8, 12],
  ['1/5', 17, 23],
  ['1/4', 22, 28],
  ['1/3', 29, 37],
  ['1/2', 45, 55],
  ['2/3', 62, 70],
  ['3/4', 72, 78],
];

/** Words that make a following "a third", "a quarter" a fraction rather than an ordinal. */
const BEFORE_FRACTION = '(?:by|almost|nearly|about|around|roughly|some|than|only|just|over|under)';
/** What a fraction in words is, and which one: lower case, ё as е. */
const FRACTION_WORDS: [RegExp, string][] = [
  [
    /\btwo[ -]thirds\b|(?<!\p{L})(?:две|двух|дзве|дзвюх) (?:трети|третей|трэці|трэцяў)(?!\p{L})/u,
    '2/3',
  ],
  [
    /\bthree[ -]quarters\b|(?<!\p{L})(?:три|трех|тры|трох) (?:четверти|четвертей|чвэрці|чвэрцяў)(?!\p{L})/u,
    '3/4',
  ],
  [fractionOf('third'), '1/3'],
  [fractionOf('quarter'), '1/4'],
  [fractionOf('fifth'), '1/5'],
  [fractionOf('tenth'), '1/10'],
  [new RegExp(`\\b(?:${BEFORE_FRACTION} half\\b(?! an? \\b)|half of\\b|halved\\b)`, 'u'), '1/2'],
  [
    /(?<!(?:две|двух|дзве|дзвюх) )(?<!\p{L})(?:треть|трети|третью|трэць|трэці|трэццю)(?!\p{L})/u,
    '1/3',
  ],
  [
    /(?<!(?:три|трех|тры|трох) )(?<!\p{L})(?:четверть|четверти|четвертью|чвэрць|чвэрці|чвэрцю)(?!\p{L})/u,
    '1/4',
  ],
  [/(?<!\p{L})пят(?:ая|ую|ой|ай) (?:часть|части|частью|частка|частку|часткі)(?!\p{L})/u, '1/5'],
  [/(?<!\p{L})дзесят(?:ая|ую|ой|ай) (?:часть|части|частью|частка|частку|часткі)(?!\p{L})/u, '1/10'],
  [
    /(?<!(?:первой|второй|первую|вторую|першай|другой|першую|другую) )(?<!\p{L})(?:половина|половину|половины|половиной|половине|палова|палову|паловы|паловай|палове)(?!\p{L})/u,
    '1/2',
  ],
];

const PERCENT =
  /(?<![\p{L}\d.,])(\d{1,3}(?:[.,]\d+)?)[ \u00a0]?(?:%|percent\b|per cent\b|процент|працэнт)/gu;
const CENTURY_DIGITS =
  /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|-?(?:го|м|ого|га))?[ -](?:centur|век|стагодд)/gu;
/** Roman numerals before a century word; Cyrillic х, і, с written for x, i, c are read too. */
const CENTURY_ROMAN = /(?<![\p{L}\d])([ivxlcхіс]{1,7})[ -](?:centur|век|стагодд)/gu;
const AGE =
  /(?<![\p{L}\d.,])(\d{3,4})[ -](?:years?[ -]old|years? ago|-?летн|-?гадов|(?:лет|года|год) назад|(?:гадоў|гады|год) таму)/gu;
/** A plain number 1000–1899: a year of the past (a count has its thousands separated or is rarer). */
const OLD_YEAR = /(?<![\p{L}\d.,])(1[0-8]\d\d)(?![\d.,]\d)/gu;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
const CYRILLIC_ROMAN: Record<string, string> = { х: 'x', і: 'i', с: 'c' };

/** What a side says approximately: its marks, and which of its numbers say which mark. */
export interface QuantityReading {
  /** Every mark the text says, in words or by a number (`~1/3`, `~c17`). */
  marks: string[];
  /** Each number that says a mark, as `number=mark` (`31=~1/3`), the number as extractNumbers writes it. */
  numberMarks: string[];
}

/**
 * The approximate quantities of `text` (headline and lead). `year`: the report's year, for ages
 * ("375 years ago"); NaN when unknown (ages are then not read). At most `max` of each.
 */
export function readQuantities(text: string, year: number, max: number): QuantityReading {
  const reading: QuantityReading = { marks: [], numberMarks: [] };
  const lower = text.toLowerCase().replace(/ё/gu, 'е');
  const mark = (value: string) => {
    if (!reading.marks.includes(value) && reading.marks.length < max) reading.marks.push(value);
  };
  const numberMark = (number: string, value: string) => {
    mark(value);
    const entry = `${number}=${value}`;
    if (!reading.numberMarks.includes(entry) && reading.numberMarks.length < max)
      reading.numberMarks.push(entry);
  };
  for (const [pattern, fraction] of FRACTION_WORDS) if (pattern.test(lower)) mark(`~${fraction}`);
  for (const match of lower.matchAll(PERCENT)) {
    const number = canonicalizeNumber(match[1] as string, 1);
    for (const [fraction, low, high] of FRACTION_BANDS)
      if (Number(number) >= low && Number(number) <= high) numberMark(number, `~${fraction}`);
  }
  for (const match of lower.matchAll(CENTURY_DIGITS)) {
    const century = Number(match[1]);
    if (century >= 1 && century <= 21) numberMark(String(century), `~c${century}`);
  }
  for (const match of lower.matchAll(CENTURY_ROMAN)) {
    const century = readRoman(match[1] as string);
    if (century !== undefined && century >= 1 && century <= 21) mark(`~c${century}`);
  }
  for (const match of lower.matchAll(OLD_YEAR))
    numberMark(match[1] as string, `~c${centuryOf(Number(match[1]))}`);
  if (Number.isFinite(year)) {
    for (const match of lower.matchAll(AGE)) {
      const age = Number(match[1]);
      const from = centuryOf(year - age * 1.1);
      const to = centuryOf(year - age * 0.9);
      for (let century = from; century <= to; century++)
        if (century >= 1) numberMark(String(age), `~c${century}`);
    }
  }
  reading.numberMarks.push(...readNumberBounds(lower, max - reading.numberMarks.length));
  return reading;
}

/** "a third" as a fraction: followed by "of" or a clause's end, or after "by", "almost", "than"… */
function fractionOf(word: string): RegExp {
  return new RegExp(
    `\\b(?:a|one)[ -]${word}(?= of\\b|[.,;:!?)]|$)|\\b${BEFORE_FRACTION} (?:a|one)[ -]${word}\\b`,
    'u',
  );
}

/** The century a year falls in (1651 and 1600 are in the 17th; the 1st is years 1–100 by count). */
function centuryOf(year: number): number {
  return Math.floor(year / 100) + 1;
}

function readRoman(numeral: string): number | undefined {
  let total = 0;
  let previous = 0;
  for (let i = numeral.length - 1; i >= 0; i--) {
    const letter = numeral[i] as string;
    const value = ROMAN[CYRILLIC_ROMAN[letter] ?? letter];
    if (value === undefined) return undefined;
    total += value < previous ? -value : value;
    previous = Math.max(previous, value);
  }
  return total;
}

/**
 * Quantity marks of the two sides of a pair (FingerprintFeatures.quantities, numberQuantities),
 * and the numbers each says (FingerprintFeatures.numbers).
 */
export interface QuantitySide {
  quantities: readonly string[];
  numberQuantities: readonly string[];
  numbers: readonly string[];
}

/**
 * What `side` says of `other`'s numbers approximately, added to `said` (the same list when none):
 * the `#:` term of each of `other`'s numbers whose mark `side` says ("a third" says "#:31" of
 * "31%"), or that agrees with one of `side`'s through a bound ("almost 42C" says "#:41.8").
 */
export function withQuantitiesSaid(
  said: readonly string[],
  side: QuantitySide,
  other: QuantitySide,
): readonly string[] {
  // Most pairs say no quantity in words and no rough number: measured for every candidate, they
  // allocate nothing.
  if (other.numberQuantities.length === 0 && side.numberQuantities.length === 0) return said;
  const out = [
    ...(side.quantities.length === 0 ? [] : numbersWithMarkOf(other, side)),
    ...boundPairs(side, other).map(([, theirs]) => theirs),
  ].map((number) => `#:${number}`);
  return out.length === 0 ? said : [...said, ...out];
}

/**
 * Whether one of `numbers` (a side's own, as extractNumbers writes them) says a mark `other` says,
 * or agrees with one of `other`'s numbers through a bound.
 */
export function agreesApproximately(
  side: QuantitySide,
  numbers: readonly string[],
  other: QuantitySide,
): boolean {
  if (side.numberQuantities.length === 0 && other.numberQuantities.length === 0) return false;
  return [...numbersWithMarkOf(side, other), ...boundPairs(side, other).map(([own]) => own)].some(
    (number) => numbers.includes(number),
  );
}

/** The numbers of `side` (its `number=mark` entries) whose mark `other` says. */
function numbersWithMarkOf(side: QuantitySide, other: QuantitySide): string[] {
  const numbers: string[] = [];
  for (const entry of side.numberQuantities) {
    const at = entry.indexOf('=');
    if (other.quantities.includes(entry.slice(at + 1))) numbers.push(entry.slice(0, at));
  }
  return numbers;
}
