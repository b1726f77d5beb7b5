/**
 * Which contest of a meet a headline reports: its discipline (a sprint, a pursuit, a slalom), its
 * round (a semi-final, a quarter-final) or its category (the women's, the men's). One meet holds
 * several, on one day or on consecutive days, with the same names at the top: "<A> wins <venue>
 * sprint" and "<B> overhauls <A> to take <venue> pursuit" are two stories, as two matches are.
 * Written for topicfeed (MIT, like the project); general sports vocabulary only.
 *
 * A contest is `axis:value`. Two headlines name different contests when, on one axis, each names
 * a value and they share none: a report of the sprint may mention the pursuit to come, but a
 * headline of the women's race and one of the sprint are on different axes and say nothing.
 */

/**
 * One line a contest: `axis value | English | Russian | Belarusian`, forms separated by spaces,
 * the words of a form of several joined by `_`; a word ending in `*` is a stem (any word it
 * begins), any other matches the whole word, as in the news lexicon (news-lexicon-table.ts).
 */
const CONTEST_TABLE = `
discipline giant-slalom | giant_slalom | гигантск*_слалом* | гіганцк*_слалам*
discipline slalom | slalom slaloms | слалом* | слалам*
discipline super-g | super-g super_g | супергигант* супер-гигант* | супергігант* супер-гігант*
discipline downhill | downhill | скоростн*_спуск* | хуткасн*_спуск*
discipline mass-start | mass_start mass-start | масс-старт* | мас-старт*
discipline pursuit | pursuit | гонк*_преследования персьют* | гонк*_пераследавання
discipline relay | relay relays | эстафет* | эстафет*
discipline sprint | sprint | спринт спринте спринта спринтерск* | спрынт спрынце спрынту спрынтэрск*
discipline short-program | short_program short_programme | коротк*_программ* | кароткай_праграм* кароткая_праграма
discipline free-skate | free_skate free_skating | произвольн*_программ* | адвольн*_праграм*
round semi-final | semi-final semi-finals semifinal semifinals | полуфинал* | паўфінал*
round quarter-final | quarter-final quarter-finals quarterfinal quarterfinals | четвертьфинал* | чвэрцьфінал*
category women | women's womens | женск* | жаноч*
category men | men's mens | мужск* | мужчынск*
`;

interface Form {
  contest: string;
  words: RegExp[];
}

/** The table compiled: immutable data, made once like a regular expression. */
const FORMS: readonly Form[] = compileForms(CONTEST_TABLE);

function compileForms(table: string): Form[] {
  const forms: Form[] = [];
  for (const line of table.split('\n')) {
    const [head = '', ...languages] = line.split('|').map((part) => part.trim());
    const [axis, value] = head.split(/\s+/u);
    if (axis === undefined || value === undefined || languages.length === 0) continue;
    for (const form of languages.join(' ').split(/\s+/u))
      if (form !== '')
        forms.push({ contest: `${axis}:${value}`, words: form.split('_').map(wordPattern) });
  }
  // The longest forms first: "giant slalom" is read before "slalom" can be.
  return forms.sort((x, y) => y.words.length - x.words.length);
}

function wordPattern(word: string): RegExp {
  const stem = word.endsWith('*');
  // Forms hold letters, hyphens and apostrophes only: nothing a pattern would read as its own.
  const body = stem ? word.slice(0, -1) : word;
  return new RegExp(`^${body}${stem ? '' : '$'}`, 'u');
}

/** Words of a headline: letters, apostrophes and hyphens inside a word kept. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The contests a headline names (`axis:value`, each once), in the order of its words. */
export function readContests(title: string): string[] {
  const words = title.toLowerCase().replace(/’/gu, "'").match(WORD) ?? [];
  const contests: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const form = FORMS.find((f) =>
      f.words.every((pattern, k) => pattern.test(words[at + k] ?? '')),
    );
    if (form === undefined) continue;
    if (!contests.includes(form.contest)) contests.push(form.contest);
    at += form.words.length - 1;
  }
  return contests;
}

/**
 * Whether two headlines' contests (readContests) differ: on some axis each names a value, and they
 * share none.
 */
export function contestsDiffer(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const contest of a) {
    const axis = contest.slice(0, contest.indexOf(':') + 1);
    const otherOnAxis = b.filter((other) => other.startsWith(axis));
    if (otherOnAxis.length === 0) continue;
    const own = a.filter((mine) => mine.startsWith(axis));
    if (!own.some((mine) => otherOnAxis.includes(mine))) return true;
  }
  return false;
}
