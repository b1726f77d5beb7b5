import type { StreamItem } from './unrelated-stream.js';

/**
 * Variants of the unrelated stream, written apart from the one the pair model trained on: other
 * made-up names, templates and boilerplate, and each varied on one axis — languages, length,
 * popular names, template headlines, time. Every item is still its own event: its own protagonist
 * (a made-up name no other item uses) and its own numbers. Deterministic for a variant and seed.
 * `soft` is `mixed` with names of soft syllables, whose consonant skeletons are short and meet
 * across scripts far more often than real names do.
 */
export const STREAM_VARIANTS = [
  'mixed',
  'short',
  'long',
  'popular',
  'burst',
  'days',
  'soft',
] as const;
export type StreamVariant = (typeof STREAM_VARIANTS)[number];

interface Shape {
  /** Shares of Russian and Belarusian items (the rest English). */
  ru: number;
  be: number;
  /** Shares of headline-only items and of one-sentence teasers. */
  bare: number;
  teaser: number;
  /** Extra paragraphs: wire boilerplate, repeated quotes, popular names. */
  extra: number;
  /** Share of items that name the one president and the one capital. */
  popular: number;
  hours: number;
  /** Names of consonant-rich syllables (Borvik), or of soft ones (Ceceha: a skeleton of two). */
  soft?: boolean;
}

const SHAPES: Record<StreamVariant, Shape> = {
  mixed: { ru: 0.35, be: 0.25, bare: 0.1, teaser: 0.2, extra: 1, popular: 0.2, hours: 72 },
  short: { ru: 0.15, be: 0.05, bare: 0.45, teaser: 0.45, extra: 0, popular: 0.2, hours: 72 },
  long: { ru: 0.1, be: 0.05, bare: 0, teaser: 0, extra: 4, popular: 0.3, hours: 72 },
  popular: { ru: 0.15, be: 0.05, bare: 0.1, teaser: 0.3, extra: 1, popular: 0.5, hours: 72 },
  burst: { ru: 0.15, be: 0.05, bare: 0.1, teaser: 0.3, extra: 1, popular: 0.3, hours: 6 },
  days: { ru: 0.15, be: 0.05, bare: 0.1, teaser: 0.3, extra: 1, popular: 0.3, hours: 24 * 21 },
  soft: {
    ru: 0.35,
    be: 0.25,
    bare: 0.1,
    teaser: 0.2,
    extra: 1,
    popular: 0.2,
    hours: 72,
    soft: true,
  },
};

type Random = () => number;
type Lang = 'en' | 'ru' | 'be';

function xorshift(seed: number): Random {
  let x = (seed * 2654435761) >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

const LATIN = (
  'bor vik sten mar lud gren pav tom kel rud dan fil grot hol jan kor lem nov pet ros sav tur vel ' +
  'zor mil'
).split(' ');
const CYRILLIC = (
  'бор вик стен мар луд грен пав том кел руд дан фил грот хол ян кор лем нов пет рос сав тур вел ' +
  'зор мил'
).split(' ');
const SOFT_LATIN =
  'ba ce di fo gu ha je ki lu ma ne ol pa qu re si tu va we xa yo zu br st kr'.split(' ');
const SOFT_CYRILLIC = 'ба це ди фо гу ха же ки лу ма не ол па ре си ту ва зу бр ст кр ми до'.split(
  ' ',
);
const BE_EXTRA = 'ўа шы ця дзе лё'.split(' ');

/** A made-up name, unique by its serial number woven into the surname. */
function makeName(random: Random, serial: number, lang: Lang, soft: boolean): string {
  const latin = soft ? SOFT_LATIN : LATIN;
  const cyrillic = soft ? SOFT_CYRILLIC : CYRILLIC;
  const syllables = lang === 'en' ? latin : lang === 'ru' ? cyrillic : [...cyrillic, ...BE_EXTRA];
  const word = (n: number, s: number) => {
    let out = '';
    for (let i = 0; i < n; i++) out += pick(random, syllables);
    for (let v = s; v > 0; v = Math.floor(v / syllables.length))
      out += syllables[v % syllables.length];
    return out.charAt(0).toUpperCase() + out.slice(1);
  };
  return `${word(2, 0)} ${word(1, serial + 1)}`;
}

const CITY = { en: 'Ostrava', ru: 'Остраве', be: 'Остраве' };
const PRESIDENT = { en: 'President Halvard', ru: 'президент Хальвард', be: 'прэзідэнт Хальвард' };
const TOWNS = {
  en: ['Narvik', 'Tallinn', 'Kaunas', 'Lublin', 'Gdansk', 'Brest', 'Gomel', 'Lviv'],
  ru: ['Нарвике', 'Таллине', 'Каунасе', 'Люблине', 'Гданьске', 'Бресте', 'Гомеле'],
  be: ['Нарвіку', 'Таліне', 'Каўнасе', 'Любліне', 'Гданьску', 'Брэсце', 'Гомелі'],
};

/** Template headlines and leads: (protagonist, place, number) → [title, lead]. */
type Event = (p: string, place: string, n: number) => [string, string];
const EVENTS: Record<Lang, Event[]> = {
  en: [
    (p, c, n) => [
      `${p}, ${20 + (n % 50)}, detained in ${c}`,
      `${p} was detained in ${c} on Friday.`,
    ],
    (p, c, n) => [
      `${p} jailed for ${1 + (n % 12)} years`,
      `A ${c} court jailed ${p} for ${1 + (n % 12)} years.`,
    ],
    (p, c, n) => [
      `${p}, ${20 + (n % 50)}, found dead in ${c}`,
      `The body of ${p} was found in ${c}, police said.`,
    ],
    (p, c, n) => [
      `${p} fined ${n * 20} euros in ${c}`,
      `A judge in ${c} fined ${p} ${n * 20} euros.`,
    ],
    (p, c, n) => [
      `${p} wins ${c} chess open`,
      `${p} won the ${c} open with ${5 + (n % 5)} points.`,
    ],
    (p, c, n) => [
      `${p} named ${c} police chief`,
      `${p}, ${35 + (n % 25)}, will head the ${c} police.`,
    ],
    (p, c, n) => [
      `${p}'s bakery in ${c} burns down`,
      `A fire destroyed the bakery of ${p} in ${c}; ${n % 9} hurt.`,
    ],
    (p, c, n) => [
      `${p} leaves ${c} after ${2 + (n % 30)} years`,
      `Pianist ${p} is leaving ${c} after ${2 + (n % 30)} years.`,
    ],
    (p, c, n) => [
      `${p} sues ${c} council for ${n} thousand`,
      `Builder ${p} sued the ${c} council for ${n} thousand euros.`,
    ],
    (p, c, n) => [
      `Searches at home of ${p} in ${c}`,
      `Officers searched the flat of ${p} in ${c} for ${1 + (n % 9)} hours.`,
    ],
  ],
  ru: [
    (p, c, n) => [`${p}, ${20 + (n % 50)} лет, задержан в ${c}`, `${p} задержан в ${c} в пятницу.`],
    (p, c, n) => [
      `${p} получил ${1 + (n % 12)} лет`,
      `Суд в ${c} приговорил ${p} к ${1 + (n % 12)} годам.`,
    ],
    (p, c, n) => [`В ${c} оштрафован ${p}`, `Суд в ${c} оштрафовал ${p} на ${n * 20} рублей.`],
    (p, c, n) => [
      `${p} выиграл турнир в ${c}`,
      `${p} набрал ${5 + (n % 5)} очков на турнире в ${c}.`,
    ],
    (p, c, n) => [
      `У ${p} прошли обыски в ${c}`,
      `Обыск у ${p} в ${c} длился ${1 + (n % 9)} часов.`,
    ],
  ],
  be: [
    (p, c, n) => [
      `${p}, ${20 + (n % 50)} гадоў, затрыманы ў ${c}`,
      `${p} затрыманы ў ${c} у пятніцу.`,
    ],
    (p, c, n) => [
      `${p} атрымаў ${1 + (n % 12)} гадоў`,
      `Суд у ${c} асудзіў ${p} на ${1 + (n % 12)} гадоў.`,
    ],
    (p, c, n) => [`У ${c} аштрафаваны ${p}`, `Суд у ${c} аштрафаваў ${p} на ${n * 20} рублёў.`],
    (p, c, n) => [
      `У ${p} прайшлі ператрусы ў ${c}`,
      `Ператрус у ${p} у ${c} доўжыўся ${1 + (n % 9)} гадзін.`,
    ],
  ],
};

const EXTRA: Record<Lang, ((n: number) => string)[]> = {
  en: [
    () =>
      'The interior ministry did not respond to a request for comment by the time of publication.',
    () => '"We will keep fighting, and we will not stop," supporters wrote on social media.',
    (n) => `${PRESIDENT.en} has not commented on the case since ${2018 + (n % 7)}.`,
    () => 'This article was produced with the support of regional partners. All rights reserved.',
    (n) =>
      `In ${['April', 'July', 'December'][n % 3]} rights groups counted more than ${n} such cases.`,
    () => 'Subscribe to our newsletter to get the most important news every morning.',
  ],
  ru: [
    () => 'В МВД не ответили на запрос о комментарии к моменту публикации.',
    () => '«Мы будем бороться и не остановимся», — написали сторонники в соцсетях.',
    (n) => `${PRESIDENT.ru} не комментировал дело с ${2018 + (n % 7)} года.`,
    () => 'Подписывайтесь на наш канал, чтобы первыми узнавать главные новости.',
  ],
  be: [
    () => 'У МУС не адказалі на запыт пра каментар да моманту публікацыі.',
    () => '«Мы будзем змагацца і не спынімся», — напісалі прыхільнікі ў сацсетках.',
    (n) => `${PRESIDENT.be} не каментаваў справу з ${2018 + (n % 7)} года.`,
    () => 'Падпісвайцеся на наш канал, каб першымі даведвацца галоўныя навіны.',
  ],
};

/** The stream of one variant: 3,000 items from 60 feeds, in publication order. */
export function generateVariantStream(
  variant: StreamVariant,
  seed: number,
  items = 3000,
): StreamItem[] {
  const shape = SHAPES[variant];
  const random = xorshift(seed * 31 + STREAM_VARIANTS.indexOf(variant));
  const start = Date.parse('2025-09-01T00:00:00Z');
  const out: StreamItem[] = [];
  for (let i = 0; i < items; i++) {
    const draw = random();
    const lang: Lang = draw < shape.ru ? 'ru' : draw < shape.ru + shape.be ? 'be' : 'en';
    const protagonist = makeName(random, i, lang, shape.soft === true);
    const n = 3 + Math.floor(random() * 500);
    const place = random() < shape.popular ? CITY[lang] : pick(random, TOWNS[lang]);
    const [title, lead] = pick(random, EVENTS[lang])(protagonist, place, n);
    const form = random();
    const sentences: string[] = [];
    if (form >= shape.bare) sentences.push(lead);
    if (form >= shape.bare + shape.teaser) {
      const extra = Math.round(shape.extra * (0.5 + random()));
      for (let k = 0; k < extra; k++) sentences.push(pick(random, EXTRA[lang])(n + k));
    }
    const publishedAt = new Date(start + random() * shape.hours * 3_600_000).toISOString();
    const sourceId = `feed-${i % 60}`;
    out.push({
      sourceId,
      title,
      text: sentences.join(' '),
      url: `https://${sourceId}.example/${variant}/${i}`,
      language: lang,
      publishedAt,
      contentHash: `variant-${variant}-${seed}-${i}`,
    });
  }
  return out.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}
