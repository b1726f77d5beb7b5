import type { ClusterInput } from '../../src/clusterer/index.js';

/**
 * A stream of unrelated news items: no two report one event, but they share what unrelated wire
 * copy shares in a real stream — boilerplate sentences, recurring quote templates, a small pool of
 * popular names and places, the same event verbs, months, years and small numbers. Every item has
 * its own protagonist (a made-up name) and its own facts. Deterministic for a seed.
 */
export interface StreamItem extends ClusterInput {
  sourceId: string;
}

export interface StreamSpec {
  feeds: number;
  items: number;
  seed: number;
  /** Items are spread over this many hours. */
  hours: number;
}

export const DEFAULT_STREAM: StreamSpec = { feeds: 60, items: 3000, seed: 7, hours: 72 };

type Random = () => number;

function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

const SYLLABLES =
  'ka lo mi ren dor vas tel bri an sel mar tov ush gen fal rik nor vel dan pet zor lin hav sam bor kel'.split(
    ' ',
  );
const RU_SYLLABLES =
  'ка ло ми рен дор вас тел бри ан сел мар тов уш ген фал рик нор вел дан пет зор лин'.split(' ');

/** A made-up name no other item uses: Latin or Cyrillic. */
function makeName(random: Random, serial: number, cyrillic: boolean): string {
  const syllables = cyrillic ? RU_SYLLABLES : SYLLABLES;
  const part = (n: number) => {
    let word = '';
    for (let i = 0; i < n; i++) word += pick(random, syllables);
    return word.charAt(0).toUpperCase() + word.slice(1);
  };
  const tail = cyrillic
    ? ['ов', 'ич', 'ко', 'ин'][serial % 4]
    : ['son', 'ek', 'ani', 'ov'][serial % 4];
  return `${part(2)} ${part(2 + (serial % 2))}${tail}`;
}

const POPULAR = ['the President', 'the Prime Minister', 'the Foreign Minister', 'the Mayor'];
const POPULAR_NAMES = ['Arden Volk', 'Maris Telgen', 'Ilka Borova', 'Janus Petrik'];
const PLACES = [
  'Minsk',
  'Vilnius',
  'Warsaw',
  'Brussels',
  'Geneva',
  'Riga',
  'Kyiv',
  'Berlin',
  'Paris',
  'London',
];
const RU_PLACES = ['Минске', 'Вильнюсе', 'Варшаве', 'Брюсселе', 'Женеве', 'Риге', 'Берлине'];
const MONTHS = ['January', 'March', 'May', 'June', 'September', 'October', 'November'];
const BOILERPLATE = [
  'The ministry did not respond to a request for comment.',
  'Officials declined to comment on the case.',
  'This is a developing story and will be updated.',
  'Reporting by staff; editing by the news desk.',
  'The company did not immediately respond to a request for comment.',
  'Police said an investigation was under way.',
];
const RU_BOILERPLATE = [
  'В министерстве не ответили на запрос о комментарии.',
  'Новость дополняется.',
  'Официальные лица отказались от комментариев.',
];
const QUOTES = [
  (x: string) => `"We demand answers for ${x} and we will not stop," a spokesperson said.`,
  (x: string) => `"This is a sad day for ${x} and for all of us," a colleague said.`,
  (x: string) => `"We are following the situation in ${x} very closely," the ministry said.`,
  (x: string) => `"Our thoughts are with the families in ${x} tonight," the statement said.`,
];

/** English headline and lead templates: (protagonist, place, number, other) → [title, lead]. */
const EVENTS: ((p: string, place: string, n: number, other: string) => [string, string])[] = [
  (p, place, n) => [
    `${p} detained in ${place}`,
    `Police in ${place} detained ${p}, ${n}, on Tuesday, according to relatives.`,
  ],
  (p, place, n) => [
    `Court sentences ${p} to ${n} years`,
    `A court in ${place} sentenced ${p} to ${n} years in prison on charges the defence called absurd.`,
  ],
  (p, _place, n) => [
    `${p} dies aged ${n + 50}`,
    `${p}, who led a regional choir for decades, has died at the age of ${n + 50}, the family said.`,
  ],
  (p, place, n) => [
    `Fire destroys ${n} homes near ${place}`,
    `A fire that started at a farm owned by ${p} destroyed ${n} homes outside ${place}, rescuers said.`,
  ],
  (p, _place, _n, other) => [
    `${p} resigns as ${other} minister`,
    `${p} stepped down as ${other} minister after a dispute over the budget.`,
  ],
  (p, place, n) => [
    `${p} wins ${place} marathon`,
    `${p} won the ${place} marathon in two hours and ${n} minutes.`,
  ],
  (p, place, n) => [
    `Factory of ${p} to cut ${n * 10} jobs`,
    `The plant owned by ${p} near ${place} will cut ${n * 10} jobs this year.`,
  ],
  (p, place, n) => [
    `${p} released after ${n} months in custody`,
    `${p} was released in ${place} after ${n} months in custody, supporters said.`,
  ],
  (p, place) => [
    `Protest in ${place} over arrest of ${p}`,
    `Hundreds rallied in ${place} demanding the release of ${p}.`,
  ],
  (p, place, n) => [
    `${p} elected mayor of ${place} district`,
    `${p} won ${n + 40}% of the vote in the district election in ${place}.`,
  ],
  (p, _place, n, other) => [
    `${p} unveils ${other} plan`,
    `${p} presented a ${other} plan worth ${n} million on Monday.`,
  ],
  (p, place, n) => [
    `Storm leaves ${n * 100} without power in ${place}`,
    `A storm cut power to ${n * 100} homes in ${place}, the utility run by ${p} said.`,
  ],
];
const RU_EVENTS: ((p: string, place: string, n: number) => [string, string])[] = [
  (p, place, n) => [
    `В ${place} задержан ${p}`,
    `${p}, ${n} лет, задержан в ${place} во вторник, сообщили родственники.`,
  ],
  (p, place, n) => [
    `${p} приговорен к ${n} годам`,
    `Суд в ${place} приговорил ${p} к ${n} годам колонии.`,
  ],
  (p, place, n) => [
    `${p} вышел на свободу`,
    `${p} освобожден в ${place} после ${n} месяцев заключения.`,
  ],
  (p, place, n) => [
    `Пожар уничтожил ${n} домов`,
    `Пожар на ферме, принадлежащей ${p}, уничтожил ${n} домов под ${place}.`,
  ],
];
const FIELDS = [
  'health',
  'energy',
  'transport',
  'education',
  'housing',
  'culture',
  'water',
  'digital',
];

/** The stream: `items` entries from `feeds` feeds, dated over `hours`, in publication order. */
export function generateUnrelatedStream(spec: StreamSpec = DEFAULT_STREAM): StreamItem[] {
  const random = mulberry32(spec.seed);
  const start = Date.parse('2025-06-01T00:00:00Z');
  const items: StreamItem[] = [];
  for (let i = 0; i < spec.items; i++) {
    const russian = random() < 0.15;
    const protagonist = makeName(random, i, russian);
    const n = 2 + Math.floor(random() * 40);
    let [title, lead] = russian
      ? pick(random, RU_EVENTS)(protagonist, pick(random, RU_PLACES), n)
      : pick(random, EVENTS)(protagonist, pick(random, PLACES), n, pick(random, FIELDS));
    if (!russian && random() < 0.3) title = `${title}, ${pick(random, POPULAR)} says`;
    const sentences = [lead];
    if (!russian) {
      if (random() < 0.5)
        sentences.push(
          `${pick(random, POPULAR_NAMES)} commented on the case in ${pick(random, MONTHS)} ${2020 + Math.floor(random() * 6)}.`,
        );
      if (random() < 0.5) sentences.push(pick(random, QUOTES)(pick(random, PLACES)));
      if (random() < 0.6) sentences.push(pick(random, BOILERPLATE));
      if (random() < 0.3)
        sentences.push(`Some ${n} people attended, ${pick(random, POPULAR_NAMES)} told reporters.`);
    } else if (random() < 0.6) sentences.push(pick(random, RU_BOILERPLATE));
    const publishedAt = new Date(start + random() * spec.hours * 3_600_000).toISOString();
    const sourceId = `feed-${i % spec.feeds}`;
    items.push({
      sourceId,
      title,
      text: sentences.join(' '),
      url: `https://${sourceId}.example/news/${i}`,
      language: russian ? 'ru' : 'en',
      publishedAt,
      contentHash: `stream-${spec.seed}-${i}`,
    });
  }
  return items.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}
