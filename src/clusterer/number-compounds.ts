/**
 * A number written as the head of a Russian or Belarusian compound: "четырёхдневная неделя",
 * "пятилетний срок", "двухэтажный дом", "чатырохдзённы тыдзень" say 4, 5, 2, 4 as English "a
 * four-day week", "a five-year term" do with a hyphen (which analyzeText already reads). Russian
 * and Belarusian write the number in the genitive and the unit after it in one word.
 *
 * Read only where a unit of time or measure follows the number's form: a word that merely opens
 * like one ("семинар", "стадион", "пятница") is no number. Lower case, `ё` as `е`.
 */
const PREFIXES: [string, number][] = [
  // Russian
  ['одно', 1],
  ['двух', 2],
  ['трех', 3],
  ['четырех', 4],
  ['пяти', 5],
  ['шести', 6],
  ['семи', 7],
  ['восьми', 8],
  ['девяти', 9],
  ['десяти', 10],
  ['одиннадцати', 11],
  ['двенадцати', 12],
  ['пятнадцати', 15],
  ['двадцати', 20],
  ['тридцати', 30],
  ['сорока', 40],
  ['пятидесяти', 50],
  ['девяноста', 90],
  ['сто', 100],
  ['полутора', 1.5],
  // Belarusian
  ['адна', 1],
  ['трох', 3],
  ['чатырох', 4],
  ['пяці', 5],
  ['шасці', 6],
  ['сямі', 7],
  ['васьмі', 8],
  ['дзевяці', 9],
  ['дзесяці', 10],
  ['пятнаццаці', 15],
  ['дваццаці', 20],
  ['трыццаці', 30],
  ['сарака', 40],
  ['пяцідзесяці', 50],
  ['ста', 100],
  ['паўтара', 1.5],
];

/**
 * Units of time a compound's number counts (stems, both languages): a term, a week, an age. Other
 * units (floors, metres, percent) measure a thing rather than tell the story's number.
 */
const UNITS =
  /^(?:дневн|дневк|суточн|недельн|месячн|летн|летк|лети|годичн|часов|минутн|дзенн|дзенк|сутачн|тыднев|гадов|гадзінн|хвілінн)\p{L}{0,4}$/u;

/** Prefixes by first letter, longest first ("пятидесяти" before "пяти"). */
const BY_FIRST = new Map<string, [string, number][]>();
for (const entry of [...PREFIXES].sort((a, b) => b[0].length - a[0].length)) {
  const first = entry[0][0] ?? '';
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), entry]);
}

/** The number a compound word opens with ("четырехдневную": 4), or undefined. */
export function readNumberCompound(lower: string): number | undefined {
  const candidates = BY_FIRST.get(lower[0] ?? '');
  if (candidates === undefined || lower.length < 7) return undefined;
  const word = lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower;
  for (const [prefix, value] of candidates) {
    if (word.startsWith(prefix) && UNITS.test(word.slice(prefix.length))) return value;
  }
  return undefined;
}
