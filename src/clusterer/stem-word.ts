/**
 * Light stemming and stop words for English, Russian and Belarusian: enough for two headlines to
 * meet on "arrested"/"arrests" or "Тихановского"/"Тихановский", not a linguist's stemmer.
 */

const STEM_LENGTH = 6;
const CYRILLIC = /[\u0400-\u04ff]/u;
const CYRILLIC_ENDINGS = (
  'ями ами ого его ому ему ыми ими ых их ая яя ое ее ой ей ий ый ую юю ом ем ах ях ам ям ов ев ' +
  'ія ае ыя ую аў яў амі ямі ага яга аму яму ым ім ых іх ой ай ей ' +
  'ться тся лась лись лось ла ли ло ет ют ит ат ят ешь ишь ть ці ць а я о е ы и у ю ь і й'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
/** CYRILLIC_ENDINGS by their last letter, longest first as there: only those a word can end in. */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const ending of CYRILLIC_ENDINGS) {
  const last = ending.slice(-1);
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), ending]);
}

/** A lower-cased word reduced to a crude stem: endings off, cut to six letters. */
export function stemWord(word: string): string {
  let lower = word.toLowerCase();
  if (lower.includes('ё')) lower = lower.replace(/ё/gu, 'е');
  lower = withoutPossessive(lower);
  if (isCyrillic(lower)) return stemCyrillic(lower);
  return stemLatin(foldLatinAccents(lower));
}

/** Whether a word is written in Cyrillic (holds a Cyrillic letter): Russian or Belarusian. */
export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

/** A lower-cased word without an English possessive "'s" / "’s" ("Russia's" → "russia"). */
export function withoutPossessive(lower: string): string {
  return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
}

/**
 * Latin letters without their accents ("Orbán", "Gisèle", "José" → "orban", "gisele", "jose"):
 * outlets spell one name with and without them. Cyrillic letters keep theirs (й, ў are letters).
 */
export function foldLatinAccents(word: string): string {
  if (!/[\u0080-\uffff]/u.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/([a-z])[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC');
}

function stemCyrillic(word: string): string {
  for (const ending of ENDINGS_BY_LAST.get(word.slice(-1)) ?? []) {
    if (word.endsWith(ending) && word.length - ending.length >= 3)
      return word.slice(0, word.length - ending.length).slice(0, STEM_LENGTH);
  }
  return word.slice(0, STEM_LENGTH);
}

function stemLatin(word: string): string {
  let stem = word;
  if (stem.length > 4) {
    if (stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
    else if (/(?:ss|x|z|ch|sh)es$/u.test(stem)) stem = stem.slice(0, -2);
    else if (/[^su]s$/u.test(stem)) stem = stem.slice(0, -1);
  }
  if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  return stem.slice(0, STEM_LENGTH);
}

/**
 * The English calendar: months, weekdays, and the months as datelines shorten them ("Nov 18"; not
 * "Jan", "Jun", "Mar", which are names too). Neither story words nor names (text-features.ts).
 */
export const CALENDAR_WORDS =
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'feb apr jul aug sep sept oct nov dec';

/** Words that say nothing about which story an item reports. */
export const STOP_WORDS = new Set(
  // English
  (
    'a about above after again against ago all also am amid among an and any are as at be been ' +
    'before being below between both but by can could did do does doing down during each few for ' +
    'from further had has have having he her here hers him his how i if in into is it its itself ' +
    'just me more most my near new no nor not now of off on once only or other our out over own ' +
    'said same says say she should so some such than that the their them then there these they ' +
    'this those through to too under until up upon us very via was we were what when where which ' +
    'while who whom why will with would you your yet still amid despite since may might must ' +
    'first last next year years day days week weeks month months today yesterday tomorrow time ' +
    'report reports reported according latest update updates news breaking live video watch ' +
    'get gets got make makes made take takes took see sees seen back know known like one two ' +
    `${CALENDAR_WORDS} mr mrs ms dr ` +
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее ' +
    'мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть ' +
    'был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть ' +
    'надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда ' +
    'кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас ' +
    'были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот ' +
    'через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед ' +
    'иногда лучше чуть том нельзя такой им более всегда конечно всю между это также заявил ' +
    'заявила заявили сообщил сообщила сообщили сообщает году года лет день дня ' +
    // Belarusian
    'і ў не што ён на я з са як а то ўсе яна так яго але ды ты да вы за б па толькі яе мне было ' +
    'вось ад мяне яшчэ няма аб з яму цяпер калі нават ці ўжо або ні быць быў таксама гэта гэты ' +
    'гэтага гэтым гэтай яны іх для мы пры пасля праз над пад перад паміж каля заявіў заявіла ' +
    'паведаміў паведаміла паведамляе годзе года гадоў дзень дня'
  ).split(/\s+/u),
);
