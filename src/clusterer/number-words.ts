/**
 * Numbers written in words, in English, Russian and Belarusian: "eleven", "одиннадцать",
 * "адзінаццаць" and "11" are one number to the clusterer. Forms are lower-case; a form ending in
 * `*` is a stem (Russian and Belarusian numerals decline); ё is written е ("мільён" is read as
 * "мільен").
 */
const NUMBER_WORDS: [string, number][] = [
  // English
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  // Russian (stems before whole words: the longest match wins)
  ['одиннадцат*', 11],
  ['двенадцат*', 12],
  ['тринадцат*', 13],
  ['четырнадцат*', 14],
  ['пятнадцат*', 15],
  ['шестнадцат*', 16],
  ['семнадцат*', 17],
  ['восемнадцат*', 18],
  ['девятнадцат*', 19],
  ['двадцат*', 20],
  ['тридцат*', 30],
  ['сорок*', 40],
  ['пятьдесят*', 50],
  ['пятидесят*', 50],
  ['шестьдесят*', 60],
  ['шестидесят*', 60],
  ['семьдесят*', 70],
  ['семидесят*', 70],
  ['восемьдесят*', 80],
  ['восьмидесят*', 80],
  ['девяност*', 90],
  ['тысяч*', 1000],
  ['миллион*', 1e6],
  ['миллиард*', 1e9],
  ['триллион*', 1e12],
  ['полтораста', 150],
  ['полтор*', 1.5],
  ['полутор*', 1.5],
  ['одна', 1],
  ['один', 1],
  ['два', 2],
  ['две', 2],
  ['двух', 2],
  ['двум', 2],
  ['двумя', 2],
  ['три', 3],
  ['трех', 3],
  ['трем', 3],
  ['тремя', 3],
  ['четыре', 4],
  ['четырех', 4],
  ['четырем', 4],
  ['четырьмя', 4],
  ['пять', 5],
  ['пяти', 5],
  ['шесть', 6],
  ['шести', 6],
  ['семь', 7],
  ['семи', 7],
  ['восемь', 8],
  ['восьми', 8],
  ['девять', 9],
  ['девяти', 9],
  ['десять', 10],
  ['десяти', 10],
  ['сто', 100],
  ['ста', 100],
  ['двести', 200],
  ['двухсот', 200],
  ['триста', 300],
  ['трехсот', 300],
  ['четыреста', 400],
  ['четырехсот', 400],
  ['пятьсот', 500],
  ['пятисот', 500],
  ['шестьсот', 600],
  ['шестисот', 600],
  ['семьсот', 700],
  ['семисот', 700],
  ['восемьсот', 800],
  ['восьмисот', 800],
  ['девятьсот', 900],
  ['девятисот', 900],
  // Belarusian
  ['адзінаццац*', 11],
  ['дванаццац*', 12],
  ['трынаццац*', 13],
  ['чатырнаццац*', 14],
  ['пятнаццац*', 15],
  ['шаснаццац*', 16],
  ['сямнаццац*', 17],
  ['васямнаццац*', 18],
  ['дзевятнаццац*', 19],
  ['дваццац*', 20],
  ['трыццац*', 30],
  ['сорак*', 40],
  ['пяцьдзесят*', 50],
  ['шэсцьдзесят*', 60],
  ['семдзесят*', 70],
  ['восемдзесят*', 80],
  ['дзевяност*', 90],
  ['мільен*', 1e6],
  ['мільярд*', 1e9],
  ['трыльен*', 1e12],
  ['паўтар*', 1.5],
  ['адна', 1],
  ['адзін', 1],
  ['дзве', 2],
  ['тры', 3],
  ['трох', 3],
  ['тром', 3],
  ['чатыры', 4],
  ['чатырох', 4],
  ['пяць', 5],
  ['пяці', 5],
  ['шэсць', 6],
  ['шасці', 6],
  ['сем', 7],
  ['сямі', 7],
  ['восем', 8],
  ['васьмі', 8],
  ['дзевяць', 9],
  ['дзевяці', 9],
  ['дзесяць', 10],
  ['дзесяці', 10],
  ['дзвесце', 200],
  ['трыста', 300],
  ['трохсот', 300],
  ['чатырыста', 400],
  ['чатырохсот', 400],
  ['пяцьсот', 500],
  ['пяцісот', 500],
  ['шэсцьсот', 600],
  ['шасцісот', 600],
  ['сямсот', 700],
  ['сямісот', 700],
  ['восемсот', 800],
  ['васьмісот', 800],
  ['дзевяцьсот', 900],
  ['дзевяцісот', 900],
];

const WHOLE = new Map(NUMBER_WORDS.filter(([form]) => !form.endsWith('*')));
/** Stems by their first letter, longest first: a word is only tried against stems it can begin. */
const STEMS = new Map<string, (readonly [string, number])[]>();
for (const [stem, value] of NUMBER_WORDS.filter(([form]) => form.endsWith('*'))
  .map(([form, value]) => [form.slice(0, -1), value] as const)
  .sort((a, b) => b[0].length - a[0].length)) {
  const first = stem[0] ?? '';
  STEMS.set(first, [...(STEMS.get(first) ?? []), [stem, value]]);
}
const MAX_ENDING = 4;

/** The value of one lower-cased number word, or undefined. */
export function readNumberWord(lower: string): number | undefined {
  const word = lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower;
  const whole = WHOLE.get(word);
  if (whole !== undefined) return whole;
  for (const [stem, value] of STEMS.get(word[0] ?? '') ?? []) {
    if (word.startsWith(stem) && word.length - stem.length <= MAX_ENDING) return value;
  }
  return undefined;
}

/**
 * The plural of a scale standing alone is no number: "тысячи домов", "тысячы дамоў", "миллионы
 * людей" are thousands and millions, as English "thousands" (not a number word) is. After a word
 * of approximation the same form is the singular's genitive, a number: "более тысячи", "около
 * тысячи" (1,000).
 */
const PLURAL_SCALES = new Set([
  ...['тысячи', 'тысяч', 'тысячам', 'тысячами', 'тысячах', 'тысячы', 'тысячамі'],
  ...['миллионы', 'миллионов', 'миллионам', 'миллионами', 'миллионах'],
  ...['миллиарды', 'миллиардов', 'миллиардам', 'миллиардами', 'миллиардах'],
  ...['мільены', 'мільенаў', 'мільенам', 'мільенамі', 'мільенах', 'мільярды', 'мільярдаў'],
]);
const APPROXIMATORS = new Set([
  ...['более', 'менее', 'около', 'свыше', 'почти', 'больше', 'меньше', 'порядка', 'до', 'от'],
  ...['больш', 'менш', 'каля', 'звыш', 'амаль', 'да', 'ад'],
]);

/**
 * Whether `lower`, opening a run of number words after the word `before`, is the plural of a
 * scale standing alone: thousands, not 1,000 (see PLURAL_SCALES).
 */
export function isIndefiniteScale(lower: string, before: string | undefined): boolean {
  return PLURAL_SCALES.has(lower) && (before === undefined || !APPROXIMATORS.has(before));
}

/**
 * Adds up a run of number words ("twenty five", "двести тысяч"): hundreds multiply what came
 * before, thousands and more close a group.
 */
export function sumNumberWords(values: number[]): number {
  let total = 0;
  let current = 0;
  for (const value of values) {
    if (value === 100) current = (current === 0 ? 1 : current) * 100;
    else if (value >= 1000) {
      total += (current === 0 ? 1 : current) * value;
      current = 0;
    } else current += value;
  }
  return total + current;
}

/**
 * Whether a number word of `value` goes on a run of number words (`run`, the values read so far):
 * a hundred or more after a smaller word ("two hundred", "сто тысяч") or after a larger group
 * ("тысячу сто"), anything after a hundred or more ("hundred and five", "тысяча двести"), a unit
 * after a ten ("twenty five"). Two units or two tens ("four, two", "ten twenty") are two numbers.
 * An empty run takes any word.
 */
export function continuesNumber(run: readonly number[], value: number): boolean {
  const last = run[run.length - 1];
  if (last === undefined) return true;
  if (value >= 100) return last < value || (last >= 1000 && value < last);
  if (last >= 100) return true;
  return last >= 20 && last % 10 === 0 && value < 10;
}

/** What an English joining word adds to a run of number words, and how many words it takes. */
export interface NumberJoint {
  values: number[];
  words: number;
}

/**
 * English words inside a number written in words: "and a half" adds a half ("one and a half
 * thousand" is 1,500, "two and a half million" 2,500,000), "half a" opens a number before a
 * thousand or more ("half a million"), and "and" after a hundred or a thousand goes on to the
 * rest ("two hundred and fifty" is 250, where "ten and twenty" stays two numbers). `run`: the
 * values read so far; `next`: the lower-cased words after `lower`.
 */
export function readNumberJoint(
  lower: string,
  next: readonly (string | undefined)[],
  run: readonly number[],
): NumberJoint | undefined {
  if (lower === 'half') {
    const scale = next[0] === 'a' ? readNumberWord(next[1] ?? '') : undefined;
    return run.length === 0 && scale !== undefined && scale >= 1000
      ? { values: [0.5], words: 2 }
      : undefined;
  }
  if (lower !== 'and' || run.length === 0) return undefined;
  if (next[0] === 'a' && next[1] === 'half') return { values: [0.5], words: 3 };
  const last = run[run.length - 1] as number;
  const following = readNumberWord(next[0] ?? '');
  return (last === 100 || last >= 1000) && following !== undefined && following < 100
    ? { values: [], words: 1 }
    : undefined;
}
