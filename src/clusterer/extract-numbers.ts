/**
 * Numbers written in digits, each read to one canonical value however it is written: a thousands
 * separator in any convention ("180,000", "180 000", "180\u00a0000"), a decimal comma ("2,5"),
 * and a scale word or abbreviation after the digits in English, Russian or Belarusian ("180
 * thousand", "180 тысяч", "1,5 млн", "2.5 million", "$2bn", "€3m", "1.2 мільярда") all give the
 * number itself ("180000", "1500000", "2000000000").
 */

const SEPARATOR = '[,.\u00a0\u202f ]';
const DIGITS = `(?<![\\p{L}\\d])(?:\\d{1,3}(?:${SEPARATOR}\\d{3})+|\\d+(?:[.,]\\d+)?)(?!\\d)`;
/**
 * Scale words and abbreviations that follow digits, spaced or not (a stem ends in `\p{L}*`); ё
 * may be written е, as readers that fold it give it.
 */
const SCALE_WORDS =
  'thousands?|millions?|billions?|trillions?|bn|bln|mn|mln|tn|trn|' +
  'тыс|тысяч\\p{L}*|млн|миллион\\p{L}*|млрд|миллиард\\p{L}*|трлн|триллион\\p{L}*|' +
  'міль[её]н\\p{L}*|мільярд\\p{L}*|трыль[её]н\\p{L}*';
/**
 * Letters that are a scale only after a currency sign or code: "$5k", "€3m", "NOK 14m" (not
 * "100m sprint").
 */
const CURRENCY_SCALES = 'k|m|b';
/** A currency sign, or an ISO code of a currency the news of the region names, before digits. */
const CURRENCY_BEFORE =
  '(?:[$€£¥]|\\b(?:USD|EUR|GBP|CHF|NOK|SEK|DKK|ISK|PLN|CZK|HUF|RON|BGN|RUB|BYN|UAH|KZT|GEL|AMD|AZN|TRY|JPY|CNY|INR|AUD|CAD|NZD)[ \u00a0]?)';
const GAP = '[ \u00a0\u202f]?';
/** Digits alone; what follows them is read by TAIL, when a letter or a dash comes next. */
const NUMBER = new RegExp(DIGITS, 'gu');
/** After a letter or a dash (a space between): the start of a scale or a range. */
const TAIL_START = /[ \u00a0\u202f]?[\p{L}\-–—]/uy;
/**
 * What may follow the digits: a range's second number ("1,5–2 млн") and a scale; a scale closes
 * a word ("5 bnx" has none). k, m and b only after a currency sign before the digits.
 */
const TAIL = new RegExp(
  `(?:${GAP}[-–—]${GAP}(?<second>${DIGITS}))?` +
    `(?:${GAP}(?<scale>${SCALE_WORDS}|(?<=${CURRENCY_BEFORE}[\\d.,]+)(?:${CURRENCY_SCALES}))(?!\\p{L}))?`,
  'iuy',
);
/**
 * A result ("3:6", "2:1", "31:28", "beat them 3-1"): two counts of one or two digits joined by a
 * colon or a dash, read as one number ("1:3"), so that two reports of one match share its score
 * however they write it and from whichever side. Joined by a colon, it is that number alone, and
 * the games of two matches ("6:3" and "3:6, 2:6") are not read as shared counts; not a clock time
 * ("10:30": minutes in two digits, under 60, after an hour under 24). Joined by a dash, its two
 * counts are read as well, for it may be a range ("2-3 years", "10–15 человек"; "a 29-31 defeat"
 * is not).
 */
const RESULT = /(\d{1,2})([:\-–])(\d{1,2})(?![\d:.,]\d)(?![\d:])/uy;
const GROUPED = new RegExp(`^\\d{1,3}(?:${SEPARATOR}\\d{3})+$`, 'u');
/** A year: four plain digits, 1900–2099 ("2,026 people" is a count, not a year). */
const YEAR = /^(19|20)\d\d$/u;
const SCALES: [RegExp, number][] = [
  [/^(?:k|thousand|тыс)/iu, 1e3],
  [/^(?:m|mn|mln|million|млн|миллион|міль[её]н)/iu, 1e6],
  [/^(?:b|bn|billion|млрд|миллиард|мільярд)/iu, 1e9],
  [/^(?:tn|trn|trillion|трлн|триллион|трыль[её]н)/iu, 1e12],
];

/**
 * Numbers of a text in one canonical form ("1,000", "1 000" and "1000" all give "1000"; "2,5"
 * gives "2.5"; "1.5 million" and "1,5 млн" give "1500000"), years left out (a year alone says
 * nothing about the story), a designation's digits marked as such ("SSJ-100" gives "-100"). A
 * range before a scale takes the scale for both of its ends ("1,5–2 млн" gives "1500000" and
 * "2000000"). Distinct, in order, at most `maxNumbers`.
 */
export function extractNumbers(text: string, maxNumbers: number): string[] {
  const found = new Set<string>();
  const clean = text.includes('http') ? text.replace(/https?:\/\/\S+/gu, ' ') : text;
  // Copies: a global or sticky expression keeps where it stopped, which is no module's to keep.
  const number = new RegExp(NUMBER);
  const tailStart = new RegExp(TAIL_START);
  const tailRegExp = new RegExp(TAIL);
  const result = new RegExp(RESULT);
  for (let match = number.exec(clean); match !== null; match = number.exec(clean)) {
    const first = match[0];
    // A designation is read whole, apart from counts ("-100", not "100"; see isDesignation).
    if (isDesignation(clean, match.index)) {
      found.add(`-${canonicalizeNumber(first, 1)}`);
      if (found.size >= maxNumbers) return [...found];
      continue;
    }
    const score = readResult(clean, match.index, result);
    if (score !== undefined) {
      found.add(score.value);
      if (found.size >= maxNumbers) return [...found];
      if (score.alone) {
        number.lastIndex = score.end;
        continue;
      }
    }
    let second: string | undefined;
    let factor = 1;
    tailStart.lastIndex = number.lastIndex;
    if (tailStart.test(clean)) {
      tailRegExp.lastIndex = number.lastIndex;
      const tail = tailRegExp.exec(clean);
      if (tail !== null && tail[0] !== '') {
        const { scale } = tail.groups ?? {};
        second = tail.groups?.second;
        if (scale !== undefined) factor = readScale(scale);
        number.lastIndex = tailRegExp.lastIndex;
      }
    }
    for (const raw of [first, second]) {
      if (raw === undefined) continue;
      const value = canonicalizeNumber(raw, factor);
      if (value !== '' && !(factor === 1 && YEAR.test(raw))) found.add(value);
      if (found.size >= maxNumbers) return [...found];
    }
  }
  return [...found];
}

/**
 * The result that opens at `at`, not after another colon (`result`: the caller's copy of RESULT):
 * its value, where it ends, and whether it is read alone (joined by a colon).
 */
function readResult(
  text: string,
  at: number,
  result: RegExp,
): { value: string; end: number; alone: boolean } | undefined {
  if (text[at - 1] === ':') return undefined;
  result.lastIndex = at;
  const match = result.exec(text);
  if (match === null) return undefined;
  const [whole, left = '', separator, right = ''] = match;
  const alone = separator === ':';
  if (alone && right.length === 2 && Number(left) < 24 && Number(right) < 60) return undefined;
  // Told from either side ("won 2:0", "lost 0:2"): the smaller count first.
  const [low, high] = [Number(left), Number(right)].sort((x, y) => x - y);
  return { value: `${low}:${high}`, end: at + whole.length, alone };
}

/**
 * Digits after a word with a capital and a hyphen name a thing, not a count: a model ("SSJ-100",
 * "MC-21", "Ту-154", "F-16"), a virus ("COVID-19"), a catalogue entry ("TOI-2841"). Read as
 * counts, "SSJ-100" met "100 flights" and every COVID-19 report "19 dead"; read as designations
 * (`-100`, `-19`) they meet only the same designation.
 */
function isDesignation(text: string, at: number): boolean {
  if (at < 2 || text[at - 1] !== '-') return false;
  const word = DESIGNATION_HEAD.exec(text.slice(Math.max(0, at - 16), at - 1));
  return word !== null && /\p{Lu}/u.test(word[0]);
}

/** The letters before a designation's hyphen: "SSJ" of "SSJ-100", "Ту" of "Ту-154" ("топ-20" is a rank). */
const DESIGNATION_HEAD = /\p{L}+$/u;

const SCALE_WORD = new RegExp(`^(?:${SCALE_WORDS})$`, 'iu');
/** A scale word right after digits, as TAIL reads it (the scale of a range's second number too). */
const SCALE_AFTER_DIGITS = new RegExp(`${DIGITS}${GAP}(${SCALE_WORDS})(?!\\p{L})`, 'giu');

/**
 * The scale words, lower-cased, that follow digits in `text` ("$31.4 million", "31,4 мільёна"):
 * extractNumbers reads each with its digits as one number, so a reader of words must not read it
 * again as a number of its own.
 */
export function scaleWordsAfterDigits(text: string): Set<string> {
  return new Set(
    [...text.matchAll(SCALE_AFTER_DIGITS)].map((match) => (match[1] as string).toLowerCase()),
  );
}

/**
 * The factor of a scale word that follows a number ("thousand", "тысяч", "млн", "bn"), or
 * undefined for any other word: what extractNumbers multiplies a number by, for readers that
 * must give a number as it does. The letters that are a scale only after a currency sign
 * ("$5k") are no scale word.
 */
export function readScaleWord(word: string): number | undefined {
  return SCALE_WORD.test(word) ? readScale(word) : undefined;
}

function readScale(scale: string): number {
  for (const [pattern, factor] of SCALES) if (pattern.test(scale)) return factor;
  return 1;
}

/**
 * One number in canonical form, times `factor`: a thousands separator dropped, a decimal comma
 * read as a point (in every language: "1,5" is 1.5, "1,500" is 1500), and what a decimal times a
 * scale leaves of binary fractions rounded away.
 */
export function canonicalizeNumber(raw: string, factor: number): string {
  const plain = GROUPED.test(raw) ? raw.replace(/\D/gu, '') : raw.replace(',', '.');
  const value = Number(plain) * factor;
  if (!Number.isFinite(value)) return '';
  return String(factor === 1 ? value : Number(value.toPrecision(12)));
}
