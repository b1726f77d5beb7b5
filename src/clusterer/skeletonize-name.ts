import { readCountryWord } from './read-country.js';
import { foldLatinAccents, isCyrillic, withoutPossessive } from './stem-word.js';

/**
 * Case endings that carry a consonant (vowels vanish from the skeleton anyway). The longest one
 * a word ends in is cut.
 */
const CYRILLIC_ENDINGS =
  'ого его ому ему ага аму ыми ими ымі імі ами ями амі ямі ым им ім ом ем ам ям ах ях ых их іх';
const ENDINGS_OF_THREE = new Set(
  CYRILLIC_ENDINGS.split(' ').filter((ending) => ending.length === 3),
);
const ENDINGS_OF_TWO = new Set(CYRILLIC_ENDINGS.split(' ').filter((ending) => ending.length === 2));
/** Each with a literal it needs: a word without it is left alone (no regular-expression pass). */
const DIGRAPHS: [string, RegExp, string][] = [
  // Cyrillic дж is the English j: Джексон and Jackson meet.
  ['dzh', /dzh/g, 'j'],
  ['shch', /shch/g, 's'],
  ['kh', /kh/g, 'k'],
  // English ph is Cyrillic ф: Christopher and Кристофер, Philip and Филипп.
  ['ph', /ph/g, 'f'],
  // Polish and Łacinka ł, which no decomposition makes an l: Kałasnikava and Калесникова.
  ['ł', /ł/g, 'l'],
  ['h', /[sz]h/g, 's'],
  ['ch', /ch/g, 'c'],
  ['ts', /ts/g, 't'],
  ['dz', /dz/g, 't'],
  ['x', /x/g, 'ks'],
  // Belarusian ou is оў (Tsikhanouski), French ou у (Soutine, Сутин): w, a glide either way.
  ['ou', /ou(?![aeiouy])/g, 'ow'],
  // Spanish and English gu before a vowel is Cyrillic гв: Guatemala and Гватемала, Guinea and
  // Гвинея meet (the u is a vowel already; the v or w of gv, gw goes).
  ['g', /g[vw](?=[aeiouy])/g, 'g'],
];
/** Consonant class of each ASCII letter ('' for vowels and anything else). */
const CLASSES: string[] = Array.from({ length: 128 }, () => '');
for (const [letters, cls] of Object.entries({
  bp: 'p',
  fvw: 'f',
  dt: 't',
  gkqh: 'k',
  cj: 'c',
  sz: 's',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
}))
  for (const letter of letters) CLASSES[letter.charCodeAt(0)] = cls;
const SKELETON_LENGTH = 7;
/**
 * A word with an adjective's tail (-ский, -цкай, -ski, -sky, -skaya) keeps five classes of its
 * stem, the tail cut: the tail is where the forms of one name part (Тихановского, Tsikhanouski;
 * Астравецкай, Astravets), and a place adjective is its place with the tail (Мирградской, Mirgrad).
 */
const ADJECTIVE_SKELETON_LENGTH = 5;
const ADJECTIVE_TAIL = /(?:[сц]к\p{L}{0,3}|[sc]k(?:i|y|iy|yi|yy|ii|aya|aia|a)?)$/u;
/**
 * The endings of a Russian or Belarusian adjective in -ск- (-цк-), in every case and number: one
 * list for the name skeleton (below) and the place roots (place-roots.ts).
 */
export const SK_ADJECTIVE_ENDINGS =
  'ий|ый|ой|ая|ое|ие|ые|ого|ому|ом|им|ым|ую|ими|ыми|их|ых|і|ае|ія|ыя|ім|іх|ага|аму|ай';
/**
 * The -ск- (-цк-) of a place's adjective with its inflection, or of a place named by it: what a
 * place adjective adds to the place (Мирград, мирградская; Зарецк, зарецкий; Zaretsk, Zaretsky).
 * A Cyrillic ц stays with the stem (Зарец-кий), as Latin ts does (Zarets-ky).
 */
const CYRILLIC_SK_TAIL = new RegExp(
  `(?:(?<=ц)|с)к(?:${SK_ADJECTIVE_ENDINGS}|ій|ем|а|е|у|и|ы)?$`,
  'u',
);
/**
 * Polish -cki, -cka is Cyrillic -цкий, -цкая: its c is ц (Nawrocki, Навроцкий), read as ts once
 * the tail is cut. English -cky is no such tail (Kentucky, Кентукки).
 */
const POLISH_CK_TAIL = /ck(?:i|a|iego|iej)$/u;
const LATIN_SK_TAIL = /sk(?:i|y|iy|yi|yy|ii|ij|aya|aia|aja|a|e|u|ogo|oye|oy|oi)?$/u;
/**
 * A stem under this many classes keeps its tail, as a place named by it does (Зинск, зинский: "snsk",
 * not "sn", which too many short names give).
 */
const MIN_STEM_CLASSES = 3;

/**
 * A script-independent consonant skeleton of a name: Tikhanovsky, Тихановского and Ціханоўскі all
 * give "tknf". Vowels are dropped, voiced/unvoiced pairs merged, repeats collapsed, and the result
 * cut to SKELETON_LENGTH classes so inflected forms meet. A country's every form is its id's
 * skeleton: Peruvian, Перу and перуанские all give Peru's "pr" (read-country.ts).
 */
export function skeletonizeName(word: string): string {
  return skeletonizeLower(readCountryWord(word) ?? word.toLowerCase());
}

/**
 * A skeleton without the class of v, f and w: Belarusian writes a v or ў where Russian and
 * English write none (Лявон, Leon) or an l (Стоўбцы, Столбцы), so names of the two meet without it.
 */
export function withoutVClass(skeleton: string): string {
  return skeleton.replaceAll('f', '');
}

/**
 * The skeleton of the word itself, never a country's: for a caller that read the word in its
 * sentence and found no country ("Андрей Шведов" is a surname).
 */
export function skeletonizeAsWritten(word: string): string {
  return skeletonizeLower(word.toLowerCase());
}

function skeletonizeLower(word: string): string {
  let lower = withoutPossessive(word);
  const cyrillic = isCyrillic(lower);
  if (cyrillic && lower.length >= 6) lower = withoutCaseEnding(lower);
  if (!ADJECTIVE_TAIL.test(lower)) return skeletonOf(lower, cyrillic, SKELETON_LENGTH);
  // A place adjective meets its place: the stem without its -ск- tail (Мирградской, Mirgrad).
  const cut = cyrillic
    ? lower.replace(CYRILLIC_SK_TAIL, '')
    : lower.replace(LATIN_SK_TAIL, '').replace(POLISH_CK_TAIL, 'ts');
  if (cut !== lower) {
    // A Latin stem's last eu or au is read as ev, av by skeletonOf (withFinalGlide).
    const skeleton = skeletonOf(cut, cyrillic, ADJECTIVE_SKELETON_LENGTH);
    if (skeleton.length >= MIN_STEM_CLASSES) return skeleton;
  }
  return skeletonOf(lower, cyrillic, ADJECTIVE_SKELETON_LENGTH);
}

/** The first `length` consonant classes of a lower-case word (Cyrillic when `cyrillic`). */
function skeletonOf(lower: string, cyrillic: boolean, length: number): string {
  // Latin letters map to themselves: only a Cyrillic word is transliterated, only a non-ASCII one
  // decomposed.
  let latin = cyrillic
    ? transliterateCyrillic(withInitialW(lower))
    : withFinalGlide(withSpokenC(lower));
  if (!isAscii(latin)) latin = latin.normalize('NFKD');
  for (const [needs, pattern, replacement] of DIGRAPHS)
    if (latin.includes(needs)) latin = latin.replace(pattern, replacement);
  let skeleton = '';
  let last = '';
  for (let i = 0; i < latin.length && skeleton.length < length; i++) {
    const cls = CLASSES[latin.charCodeAt(i)];
    if (cls === 'f' && isGlide(latin, i)) continue;
    if (cls !== undefined && cls !== '' && cls !== last) {
      skeleton += cls;
      last = cls;
    }
  }
  return skeleton;
}

/**
 * A v or w between a vowel and a consonant is the second half of a diphthong, and scripts write it
 * each their own way: Belarusian ў is Latin u (Каўнас, Kaunas; Жаўрыд, Zhauryd) and Russian у
 * (Каунас) or в (Жаврид); English ow, aw, ew is Russian у (Brown, Браун; Newton, Ньютон). It
 * leaves no class, wherever it is written so (Latin ou before a consonant is read as ow, above: a
 * glide before any consonant, so French ou meets Russian у before a t or an l too — Soutine and
 * Сутин, Toulouse and Тулуза).
 * A v before l or ц (t once digraphs are read) stays: there a fleeting vowel of the name's other
 * forms stood between (Павел, Павла; Островец, Островцом).
 */
function isGlide(latin: string, at: number): boolean {
  const letter = latin[at];
  const next = latin[at + 1] ?? ' ';
  if (letter !== 'w' && (letter !== 'v' || FLEETING_VOWEL_AFTER.includes(next))) return false;
  const before = latin[at - 1] ?? ' ';
  return 'aeiouy'.includes(before) && (CLASSES[next.charCodeAt(0)] ?? '') !== '';
}

const FLEETING_VOWEL_AFTER = 'lt';
/** A Latin word's last au or eu, not French eau (see withFinalGlide). */
const LATIN_FINAL_GLIDE = /(?<!e)([ae])u$/u;

/**
 * A Latin word's last au or eu is Belarusian -аў, -еў, which Russian writes -ов, -ев: Barysau,
 * Барысаў and Борисов, Kavaleu and Ковалев all end on the v's class, as the Cyrillic word's last
 * ў or в does (a glide only before a consonant, isGlide). So does a stem's, its -ski tail cut:
 * Kavaleuski, Кавалеўскі and Kovalevsky all give "kflf" (the ou of Tsikhanouski is a glide
 * already, DIGRAPHS). French -eau is no such ending (Rousseau, Руссо).
 */
function withFinalGlide(word: string): string {
  return word.endsWith('u') ? word.replace(LATIN_FINAL_GLIDE, '$1v') : word;
}
const HARD_OR_SOFT_C = /c(?![chz])/g;
/** English chr is kr: Chris and Крис, Christopher and Кристофер. */
const ENGLISH_CHR = /chr/g;
/**
 * A letter only the West Slavic alphabets and Belarusian Łacinka write, in which ch is х:
 * Chadkievič and Хадкевіч, Chałupa and Халупа.
 */
const SLAVIC_LATIN_LETTER = /[čšžćśźńłŭřěů]/u;

/**
 * A written Latin c as it is spoken, the way Cyrillic spells it: soft before e, i, y (Cicely,
 * Сесили), hard elsewhere (Crete and Крит, Macron and Макрон). English chr is hard (Chris, Крис),
 * and so is every ch of a word in a West Slavic alphabet or Łacinka (SLAVIC_LATIN_LETTER). Ch
 * before a consonant is not read as hard otherwise: English writes Chkalov for Чкалов. Other ch
 * and cz are left to the digraphs, and so is ck (its k follows).
 */
function withSpokenC(word: string): string {
  if (!word.includes('c')) return word;
  const spoken = (SLAVIC_LATIN_LETTER.test(word) ? word.replace(/ch/g, 'k') : word).replace(
    ENGLISH_CHR,
    'kr',
  );
  return spoken.replace(HARD_OR_SOFT_C, (_c, at: number) => {
    const next = spoken[at + 1];
    return next !== undefined && 'eiy'.includes(next) ? 's' : 'k';
  });
}

function withoutCaseEnding(word: string): string {
  if (ENDINGS_OF_THREE.has(word.slice(-3))) return word.slice(0, -3);
  const ending = word.slice(-2);
  if (!ENDINGS_OF_TWO.has(ending)) return word;
  // A name of six letters on и, ы, і, а or я and м is more often a nominative whose stem ends so
  // (Максим, Максім, Рустам, Слоним) than a case form: its м stays, as its other forms keep it. An о or е
  // before the м is the instrumental's (Знаком).
  return NOMINATIVE_LIKE.has(ending) && word.length < MIN_LETTERS_CUT_M ? word : word.slice(0, -2);
}

/** Endings that close many nominatives too, and the fewest letters of a word they are cut from. */
const NOMINATIVE_LIKE = new Set(['им', 'ым', 'ім', 'ам', 'ям']);
const MIN_LETTERS_CUT_M = 7;

/**
 * A Cyrillic name opening with у and a vowel writes an English w: Уэбб, Уолш, Уильям are Webb,
 * Walsh, William (the у would otherwise vanish as a vowel and the w keep its class).
 */
function withInitialW(word: string): string {
  return word.charCodeAt(0) === 0x443 && INITIAL_W_VOWELS.includes(word[1] ?? ' ')
    ? `w${word.slice(1)}`
    : word;
}

const INITIAL_W_VOWELS = 'эоиаеі';

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Cyrillic → Latin (Russian, Belarusian, Ukrainian letters), lower case. Latin text passes through. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'v',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** CYRILLIC_TO_LATIN by code unit from U+0400 (every letter of it is in U+0400–U+04FF). */
const LATIN_OF_CODE: (string | undefined)[] = new Array(0x100).fill(undefined);
for (const [letter, latin] of Object.entries(CYRILLIC_TO_LATIN))
  LATIN_OF_CODE[letter.charCodeAt(0) - 0x400] = latin;

/**
 * A word's letters in Latin, lower case, without accents: "Брэст", "Brest" and "Brześć" open alike
 * (the opening read-regions.ts compares).
 */
export function romanizeWord(word: string): string {
  return transliterateCyrillic(foldLatinAccents(word.toLowerCase()));
}

/** `text` is lower case already (skeletonizeName's), so each code unit is looked up as it is. */
function transliterateCyrillic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += (code >= 0x400 && code <= 0x4ff ? LATIN_OF_CODE[code - 0x400] : undefined) ?? text[i];
  }
  return out;
}
