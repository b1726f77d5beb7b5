import { compileNewsLexicon, lookUpConcept, lookUpPhrase } from './news-lexicon.js';

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
 * One line a contest, in the news lexicon's format (news-lexicon-table.ts), which compiles and
 * reads it: `thing <axis>:<value> | English | Russian | Belarusian`, forms separated by spaces,
 * the words of a form of several joined by `_`; a word ending in `*` is a stem (a word it begins,
 * with an ending), any other matches the whole word.
 */
const CONTEST_TABLE = `
thing discipline:giant-slalom | giant_slalom | гигантск*_слалом* | гіганцк*_слалам*
thing discipline:slalom | slalom slaloms | слалом* | слалам*
thing discipline:super-g | super-g super_g | супергигант* супер-гигант* | супергігант* супер-гігант*
thing discipline:downhill | downhill | скоростн*_спуск* | хуткасн*_спуск*
thing discipline:mass-start | mass_start mass-start | масс-старт* | мас-старт*
thing discipline:pursuit | pursuit | гонк*_преследования персьют* | гонк*_пераследавання
thing discipline:relay | relay relays | эстафет* | эстафет*
thing discipline:sprint | sprint | спринт спринте спринта спринтерск* | спрынт спрынце спрынту спрынтэрск*
thing discipline:short-program | short_program short_programme | коротк*_программ* | кароткай_праграм* кароткая_праграма
thing discipline:free-skate | free_skate free_skating | произвольн*_программ* | адвольн*_праграм*
thing round:semi-final | semi-final semi-finals semifinal semifinals | полуфинал* | паўфінал*
thing round:quarter-final | quarter-final quarter-finals quarterfinal quarterfinals | четвертьфинал* | чвэрцьфінал*
thing round:final | medal medals gold silver bronze | медал* золот* серебр* бронз* финале финалом | медал* золат* срэбр* сярэбран* бронз* бранз* фінале фіналам
thing category:women | women's womens | женск* | жаноч*
thing category:men | men's mens | мужск* | мужчынск*
`;

/** The table compiled: immutable data, made once like a regular expression. */
const CONTESTS = compileNewsLexicon([CONTEST_TABLE]);

/** Words of a headline: letters, apostrophes and hyphens inside a word kept. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The contests a headline names (`axis:value`, each once), in the order of its words. */
export function readContests(title: string): string[] {
  const lower = title.toLowerCase().replace(/’/gu, "'");
  const words = (lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower).match(WORD) ?? [];
  const tokens = words.map((word) => ({ word }));
  const contests: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    // A form of two words first: "giant slalom" is read before "slalom" can be.
    const phrase = lookUpPhrase(CONTESTS, word, tokens, at);
    const contest = phrase?.concept.id ?? lookUpConcept(CONTESTS, word)?.id ?? readFinal(words, at);
    if (contest === undefined) continue;
    if (!contests.includes(contest)) contests.push(contest);
    if (phrase !== undefined) at += phrase.words - 1;
  }
  return contests;
}

/** Words before "final" that tell a way into it: the news of the round before. */
const INTO_FINAL = new Set(
  'into to reach reaches reached reaching make makes made advance advances advanced qualify qualifies qualified в во у ў'.split(
    ' ',
  ),
);
/** Words before "final" that tell the final itself ("in the final", "wins the final"). */
const IN_FINAL = new Set('in wins won win takes took claims claimed'.split(' '));
/** How many words before "final" may stand between it and what tells the way ("into the K1 500m final"). */
const FINAL_REACH = 4;

/**
 * The round a "final" of `words[at]` names, read from the words before it: a way into the final
 * ("into the final", "reaches final", "вышла в финал", "выйшла ў алімпійскі фінал") is the news of
 * a semi-final; "in the final", "wins the final" the final's own; else none — in English "final"
 * is as often an adjective ("final say"). The final's other forms, and its medals, are read from
 * the table.
 */
function readFinal(words: readonly string[], at: number): string | undefined {
  const word = words[at] as string;
  const latin = word === 'final' || word === 'finals';
  if (!latin && word !== 'финал' && word !== 'фінал') return undefined;
  for (let k = at - 1; k >= Math.max(0, at - FINAL_REACH); k--) {
    const before = words[k] as string;
    if (INTO_FINAL.has(before)) return 'round:semi-final';
    if (IN_FINAL.has(before)) return 'round:final';
  }
  return latin ? undefined : 'round:final';
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
