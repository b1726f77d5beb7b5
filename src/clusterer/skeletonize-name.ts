/** Case endings that carry a consonant (vowels vanish from the skeleton anyway). */
const CYRILLIC_ENDING =
  /(ого|его|ому|ему|ага|аму|ыми|ими|ами|ями|амі|ямі|ым|им|ом|ем|ам|ям|ах|ях|ых|их)$/u;
const DIGRAPHS: [RegExp, string][] = [
  // Cyrillic дж is the English j: Джексон and Jackson meet.
  [/dzh/g, 'j'],
  [/shch/g, 's'],
  [/kh/g, 'k'],
  [/[sz]h/g, 's'],
  [/ch/g, 'c'],
  [/ts/g, 't'],
  [/dz/g, 't'],
  [/x/g, 'ks'],
  [/ou(?![aeiouy])/g, 'ov'],
];
const CLASSES: Record<string, string> = {
  b: 'p',
  p: 'p',
  f: 'f',
  v: 'f',
  w: 'f',
  d: 't',
  t: 't',
  g: 'k',
  k: 'k',
  q: 'k',
  h: 'k',
  c: 'c',
  j: 'c',
  s: 's',
  z: 's',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
};
const SKELETON_LENGTH = 5;

/**
 * A script-independent consonant skeleton of a name: Tikhanovsky, Тихановского and Ціханоўскі all
 * give "tknfs". Vowels are dropped, voiced/unvoiced pairs merged, repeats collapsed, and the result
 * cut to SKELETON_LENGTH classes so inflected forms meet.
 */
export function skeletonizeName(word: string): string {
  let lower = word.toLowerCase().replace(/['’]s$/u, '');
  if (/[\u0400-\u04ff]/u.test(lower) && lower.length >= 6) {
    lower = lower.replace(CYRILLIC_ENDING, '');
  }
  let latin = transliterateCyrillic(lower).normalize('NFKD');
  for (const [pattern, replacement] of DIGRAPHS) latin = latin.replace(pattern, replacement);
  let skeleton = '';
  for (const char of latin) {
    const cls = CLASSES[char];
    if (cls !== undefined && !skeleton.endsWith(cls)) skeleton += cls;
  }
  return skeleton.slice(0, SKELETON_LENGTH);
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

function transliterateCyrillic(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += CYRILLIC_TO_LATIN[char] ?? char;
  return out;
}
