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

const SYLLABLES = (
  'ka lo mi ren dor vas tel bri an sel mar tov ush gen fal rik nor vel dan pet zor lin hav sam bor ' +
  'kel gru pla sto fen dim jor kas lev mun nik ost pav rom sav tam ulf vik yar zen bel cor dex fin ' +
  'gil hun ivo jak lum mor nav orm pil qua rud sib tor ugo wen'
).split(' ');
const RU_SYLLABLES = (
  'ка ло ми рен дор вас тел бри ан сел мар тов уш ген фал рик нор вел дан пет зор лин гру пла сто ' +
  'фен дим жор кас лев мун ник ост пав ром сав там ульф вик яр зен бел кор фин гил хун иво як лум'
).split(' ');

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
    `Police in ${place} detained ${p}, ${18 + (n % 60)}, on Tuesday, according to relatives.`,
  ],
  (p, place, n) => [
    `Court sentences ${p} to ${1 + (n % 25)} years`,
    `A court in ${place} sentenced ${p} to ${1 + (n % 25)} years in prison on charges the defence called absurd.`,
  ],
  (p, _place, n) => [
    `${p}, choir leader, dies aged ${40 + (n % 55)}`,
    `${p}, who led a regional choir for decades, has died at the age of ${40 + (n % 55)}, the family said.`,
  ],
  (p, place, n) => [
    `Fire at ${p}'s farm destroys ${3 + n} homes near ${place}`,
    `A fire that started at a farm owned by ${p} destroyed ${3 + n} homes outside ${place}, rescuers said.`,
  ],
  (p, _place, _n, other) => [
    `${p} resigns as ${other} minister`,
    `${p} stepped down as ${other} minister after a dispute over the budget.`,
  ],
  (p, place, n) => [
    `${p} wins ${place} marathon in record time`,
    `${p} won the ${place} marathon in two hours and ${n % 60} minutes.`,
  ],
  (p, place, n) => [
    `${p}'s factory to cut ${50 + n * 7} jobs`,
    `The plant owned by ${p} near ${place} will cut ${50 + n * 7} jobs this year.`,
  ],
  (p, place, n) => [
    `${p} released after ${2 + (n % 40)} months in custody`,
    `${p} was released in ${place} after ${2 + (n % 40)} months in custody, supporters said.`,
  ],
  (p, place) => [
    `Protest in ${place} over arrest of ${p}`,
    `Hundreds rallied in ${place} demanding the release of ${p}.`,
  ],
  (p, place, n) => [
    `${p} elected mayor of ${place} district`,
    `${p} won ${30 + (n % 60)}% of the vote in the district election in ${place}.`,
  ],
  (p, _place, n, other) => [
    `${p} unveils ${other} plan worth ${n} million`,
    `${p} presented a ${other} plan worth ${n} million on Monday.`,
  ],
  (p, place, n) => [
    `Storm damages ${p}'s power grid, ${500 + n * 37} homes dark in ${place}`,
    `A storm cut power to ${500 + n * 37} homes in ${place}, the utility run by ${p} said.`,
  ],
  (p, place, n) => [
    `Teacher ${p} fined over ${place} school trip`,
    `A court fined teacher ${p} ${n * 10} euros over a school trip to ${place}.`,
  ],
  (p, place, n) => [
    `${p} opens ${other(n)} museum in ${place}`,
    `Collector ${p} opened a museum of ${other(n)} in ${place} on Saturday.`,
  ],
  (p, place, n) => [
    `Bus driver ${p} hailed for saving ${2 + (n % 30)} passengers`,
    `Bus driver ${p} pulled ${2 + (n % 30)} passengers from a burning bus near ${place}.`,
  ],
  (p, place) => [
    `Journalist ${p} barred from leaving ${place}`,
    `Border guards stopped journalist ${p} at ${place} airport, colleagues said.`,
  ],
  (p, place, n) => [
    `${p} sets national swimming record`,
    `Swimmer ${p} set a national record of ${20 + (n % 40)}.${n % 10} seconds in ${place}.`,
  ],
  (p, place, n) => [
    `${p} named coach of ${place} football club`,
    `${p}, ${30 + (n % 30)}, was named head coach of a ${place} football club.`,
  ],
];
const other = (n: number) =>
  ['clocks', 'maps', 'toys', 'radios', 'coins', 'bicycles'][n % 6] ?? 'clocks';
const RU_EVENTS: ((p: string, place: string, n: number) => [string, string])[] = [
  (p, place, n) => [
    `В ${place} задержан ${p}`,
    `${p}, ${18 + (n % 60)} лет, задержан в ${place} во вторник, сообщили родственники.`,
  ],
  (p, place, n) => [
    `${p} приговорен к ${1 + (n % 25)} годам`,
    `Суд в ${place} приговорил ${p} к ${1 + (n % 25)} годам колонии.`,
  ],
  (p, place, n) => [
    `${p} вышел на свободу`,
    `${p} освобожден в ${place} после ${2 + (n % 40)} месяцев заключения.`,
  ],
  (p, place, n) => [
    `Пожар на ферме ${p} уничтожил ${3 + n} домов`,
    `Пожар на ферме, принадлежащей ${p}, уничтожил ${3 + n} домов под ${place}.`,
  ],
  (p, place, n) => [
    `${p} возглавил футбольный клуб`,
    `${p}, ${30 + (n % 30)} лет, назначен главным тренером клуба в ${place}.`,
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
    const n = 2 + Math.floor(random() * 400);
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
