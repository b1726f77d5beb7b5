import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { clusterInMemory } from '../helpers/cluster-in-memory.js';
import { makeEntry } from './make-entry.js';

/*
 * One template headline, word for word, over two verdicts of one day (another defendant, another
 * district) and over a reworded report of the first verdict. People and places are made up.
 */
interface Template {
  language: string;
  title: string;
  first: string;
  other: string;
  reworded: string;
}

const TEMPLATES: Template[] = [
  {
    language: 'ru',
    title: 'В Зареченске вынесли приговор по «экстремистской» статье',
    first:
      'Суд Ленинского района Зареченска во вторник приговорил 34-летнего инженера Аркадия Веснянского к двум годам колонии по статье 361-1. Об этом сообщили правозащитники. По версии обвинения, Веснянский переводил деньги в запрещённый фонд.',
    other:
      'Суд Заводского района Зареченска во вторник приговорил 58-летнюю учительницу Ефросинью Травникову к трём годам ограничения свободы за участие в акции протеста. Травникову задержали в ноябре.',
    reworded:
      'Инженер Аркадий Веснянский получил два года колонии: так решил суд Ленинского района Зареченска. Его обвинили в финансировании экстремистской деятельности.',
  },
  {
    language: 'be',
    title: 'У Зарэчанску вынеслі прысуд па «экстрэмісцкім» артыкуле',
    first:
      'Суд Ленінскага раёна Зарэчанска ў аўторак асудзіў 34-гадовага інжынера Аркадзя Вяснянскага да двух гадоў калоніі. Пра гэта паведамілі праваабаронцы. Паводле абвінавачання, Вяснянскі пераводзіў грошы ў забаронены фонд.',
    other:
      'Суд Заводскага раёна Зарэчанска ў аўторак асудзіў 58-гадовую настаўніцу Ефрасінню Траўнікаву да трох гадоў абмежавання волі за ўдзел у акцыі пратэсту. Траўнікаву затрымалі ў лістападзе.',
    reworded:
      'Інжынер Аркадзь Вяснянскі атрымаў два гады калоніі: так вырашыў суд Ленінскага раёна Зарэчанска. Яго абвінавацілі ў фінансаванні экстрэмісцкай дзейнасці.',
  },
  {
    language: 'en',
    title: 'Sentence handed down in another extremism case',
    first:
      'A court in the Eastfield district of Marlow Bay on Tuesday sentenced Corwin Ashdale, a 27-year-old programmer, to three years in prison for donations to a banned fund. Rights groups said the trial was closed.',
    other:
      'A court in the Northgate district of Marlow Bay on Tuesday sentenced Edda Pellingham, a 61-year-old pensioner, to three years of restricted freedom for taking part in a protest.',
    reworded:
      'Programmer Corwin Ashdale was given three years in prison by the Eastfield district court of Marlow Bay, for his donations to a banned fund.',
  },
];

function entry(template: Template, text: string, hour: number) {
  return makeEntry({
    title: template.title,
    text,
    language: template.language,
    publishedAt: `2025-03-11T${String(hour).padStart(2, '0')}:00:00Z`,
  });
}

describe('a template headline over two people no lead names', () => {
  const anonymous: Template[] = [
    {
      language: 'ru',
      title: 'В Зареченске вынесли приговор по «экстремистской» статье',
      first:
        'Суд Ленинского района Зареченска во вторник приговорил 27-летнего программиста к трём годам колонии за донаты.',
      other:
        'Суд Ленинского района Зареченска во вторник приговорил 61-летнюю пенсионерку к трём годам ограничения свободы за участие в акции протеста.',
      reworded: '',
    },
    {
      language: 'en',
      title: 'Sentence handed down in another extremism case',
      first:
        'A court in Marlow Bay on Tuesday sentenced a 27-year-old programmer to three years in prison for donations to a banned fund.',
      other:
        'A court in Marlow Bay on Tuesday sentenced a pensioner, aged 61, to three years of restricted freedom for taking part in a protest.',
      reworded: '',
    },
  ];
  for (const template of anonymous) {
    it(`keeps them apart by their ages (${template.language})`, () => {
      const a = entry(template, template.first, 9);
      const b = entry(template, template.other, 13);
      const result = scorePair(fingerprintEntry(a).features, fingerprintEntry(b).features);
      expect(result.measures?.leadNameConflict).toBe(0);
      expect(result.signals[0]).toBe('other-ages');
      const [first, second] = clusterInMemory([a, b]);
      expect(second?.storyId).not.toBe(first?.storyId);
    });
  }
});

describe('ages past the first paragraph', () => {
  it('reads no age conflict from an age a later paragraph gives someone else', () => {
    const title = 'В Заречном арестовали дирижёра за песню на похоронах';
    const first = makeEntry({
      title,
      text: 'Руководителя духового оркестра в Заречном арестовали на 15 суток за песню на похоронах.\nОркестр играл на похоронах 84-летнего краеведа по просьбе его родных.',
      publishedAt: '2026-09-04T09:00:00Z',
    });
    const other = makeEntry({
      title: 'В Заречном на 15 суток арестовали дирижёра оркестра',
      text: 'В Заречном на 15 суток арестовали 58-летнего руководителя районного духового оркестра за песню на похоронах.',
      publishedAt: '2026-09-04T11:00:00Z',
      url: 'https://other.example/2',
    });
    const a = fingerprintEntry(first).features;
    const b = fingerprintEntry(other).features;
    expect(a.ages).toEqual([]);
    expect(b.ages).toEqual(['58']);
    expect(scorePair(a, b).measures?.ageConflict).toBe(0);
    // In the first paragraph, the same age is the protagonist's and conflicts.
    const told = makeEntry({ ...first, text: first.text.replace('.\n', '. ') });
    expect(scorePair(fingerprintEntry(told).features, b).measures?.ageConflict).toBe(1);
  });
});

describe('a template headline over two protagonists', () => {
  for (const template of TEMPLATES) {
    it(`keeps two verdicts under one headline apart (${template.language})`, () => {
      const a = entry(template, template.first, 9);
      const b = entry(template, template.other, 13);
      const result = scorePair(fingerprintEntry(a).features, fingerprintEntry(b).features);
      expect(result.measures?.sameTitle).toBe(1);
      expect(result.signals[0]).toBe('other-protagonists');
      const [first, second] = clusterInMemory([a, b]);
      expect(second?.storyId).not.toBe(first?.storyId);
    });

    it(`joins a reworded report of the same verdict under it (${template.language})`, () => {
      const a = entry(template, template.first, 9);
      const b = entry(template, template.reworded, 13);
      const result = scorePair(fingerprintEntry(a).features, fingerprintEntry(b).features);
      expect(result.measures?.leadNameConflict).toBe(0);
      expect(result.signals).toEqual(['same-headline']);
      const [first, second] = clusterInMemory([a, b]);
      expect(second?.storyId).toBe(first?.storyId);
    });
  }
});
