import { extractNumbers } from './extract-numbers.js';

/**
 * Numbers told roughly: one report writes "41.8C", another "almost 42C"; one "9,709 new cases",
 * another "fewer than 10,000". Each is read as a bound — the number as written, and the band of
 * numbers another report may write for it — so that the copy that rounds still says the number
 * (see boundPairs, used by read-quantities.ts):
 *
 * - a number of two or three digits and one decimal ("41.8C", "$31.4 million", "18,4%") stands
 *   for the whole number it rounds to (`41.8=~=42`); one of one digit only before a scale
 *   ("9.1 billion years" for "9 billion", "2.9 млн" for "3 млн"), and only within a twentieth
 *   of it ("1.5 million" is no "2 million");
 * - a round number (two significant digits at most) after a word of approximation stands for the
 *   band the word gives it: "almost", "fewer than", "почти", "менее", "амаль" the tenth below it
 *   (`10000=~<10000`); "more than", "at least", "более", "свыше", "больш за" the tenth above it;
 *   "about", "some", "около", "примерно", "каля" a tenth either way.
 *
 * A bound is written `number=~<op><centre>`, as FingerprintFeatures.numberQuantities holds it.
 */

const BELOW =
  'almost|nearly|less than|fewer than|under|just under|up to|почти|менее|меньше|не более|не больше|амаль|менш за|менш як|не больш';
const ABOVE =
  'more than|over|at least|upwards of|exceeded|exceeds|exceeding|topped|tops|surpassed|surpasses|' +
  'более|больше|свыше|не менее|не меньше|превысил[аои]?|превышает|превышают|перевалил[аои]?|' +
  'больш за|больш як|звыш|не менш|перавысіў|перавысіл[аі]|перавышае|перавышаюць';
const ABOUT =
  'about|around|roughly|some|approximately|close to|около|примерно|порядка|приблизительно|каля|прыкладна|блізу';
/** A word of approximation, then a number with a currency sign before it (read by extractNumbers). */
const APPROXIMATE = new RegExp(
  `(?<!\\p{L})(?:(${BELOW})|(${ABOVE})|(${ABOUT}))\\s+(?=[$€£¥]?\\d)`,
  'gu',
);
/**
 * One to three digits and one or two decimals ("1,500" is a thousand and a half), not part of a
 * date ("10.11.2026"), with a currency sign before and the word after it, which extractNumbers
 * reads as a scale when it is one ("million", "млн", the m of "$31.4m").
 */
const DECIMAL = /(?<![\p{L}\d.,])[$€£¥]?(\d{1,3}[.,]\d\d?)(?![.,]?\d)(?:[ \u00a0]?\p{L}+)?/gu;
/** How far a decimal of one digit before a scale may lie from the whole it stands for. */
const SCALED_REACH = 0.05;
/** How far a band reaches from its centre: a writer rounds within a tenth. */
const REACH = 0.1;
/** Characters after a word of approximation that hold its number. */
const NUMBER_CHARS = 24;

/** The bounds of `text` (lower case), at most `max`. */
export function readNumberBounds(text: string, max: number): string[] {
  const bounds: string[] = [];
  const add = (bound: string) => {
    if (!bounds.includes(bound) && bounds.length < max) bounds.push(bound);
  };
  for (const [written, digits = ''] of text.matchAll(DECIMAL)) {
    // The number as written, and as a writer who rounds it would write it ("$31 million"; "12.18
    // billion" as "12.2 billion" too).
    const value = Number(digits.replace(',', '.'));
    const [number] = extractNumbers(written, 1);
    if (number === undefined) continue;
    const scaled = Number(number) !== value;
    // Two decimals only before a scale: "3.25%" is a rate of its own, not 3%.
    const twoDecimals = /[.,]\d\d$/u.test(digits);
    if (twoDecimals && !scaled) continue;
    const roundings = twoDecimals
      ? [value.toFixed(1), String(Math.round(value))]
      : [String(Math.round(value))];
    for (const whole of roundings) {
      const [rounded] = extractNumbers(written.replace(digits, whole), 1);
      if (rounded === undefined || rounded === number) continue;
      const near = Math.abs(value - Number(whole)) <= value * SCALED_REACH;
      if (value < 10 && (!scaled || !near)) continue;
      add(`${number}=~=${rounded}`);
    }
  }
  for (const match of text.matchAll(APPROXIMATE)) {
    const after = match.index + match[0].length;
    const [number] = extractNumbers(text.slice(after, after + NUMBER_CHARS), 1);
    if (number === undefined || !isRound(number)) continue;
    const op = match[1] !== undefined ? '<' : match[2] !== undefined ? '>' : '≈';
    add(`${number}=~${op}${number}`);
  }
  return bounds;
}

/** At most two significant digits: "10000", "42", "1500000"; not "9709" nor a designation. */
function isRound(number: string): boolean {
  return /^[1-9]\d?0*$/u.test(number);
}

/** Whether `value` lies in the band `op` gives `centre`. */
function inBand(op: string, centre: number, value: number): boolean {
  if (op === '=') return value === centre;
  const low = op === '>' ? centre : centre * (1 - REACH);
  const high = op === '<' ? centre : centre * (1 + REACH);
  return value >= low && value <= high;
}

/** The sides of a pair as boundPairs reads them (FingerprintFeatures.numberQuantities, numbers). */
export interface BoundSide {
  numberQuantities: readonly string[];
  numbers: readonly string[];
}

/**
 * The numbers of `side` and of `other` that agree through a bound of either (`[side's, other's]`):
 * "41.8" and "42", "почти 42" and "41.8", "fewer than 10,000" and "9,709".
 */
export function boundPairs(side: BoundSide, other: BoundSide): [string, string][] {
  const pairs: [string, string][] = [];
  readAgainst(side.numberQuantities, other.numbers, (own, theirs) => pairs.push([own, theirs]));
  readAgainst(other.numberQuantities, side.numbers, (own, theirs) => pairs.push([theirs, own]));
  return pairs;
}

/** Calls `agree` with each bound of `entries` and each of `numbers` in its band. */
function readAgainst(
  entries: readonly string[],
  numbers: readonly string[],
  agree: (own: string, theirs: string) => void,
): void {
  for (const entry of entries) {
    const at = entry.indexOf('=~');
    if (at < 0) continue;
    const op = entry[at + 2] as string;
    if (!'=<>≈'.includes(op)) continue;
    const centre = Number(entry.slice(at + 3));
    const own = entry.slice(0, at);
    for (const number of numbers)
      if (number !== own && inBand(op, centre, Number(number))) agree(own, number);
  }
}
