import { describe, expect, it } from 'vitest';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { featuresOf } from './make-entry.js';

/* Made-up towns and people, written as Russian and Belarusian write one name apart. */
describe('a name as Belarusian and Russian write it', () => {
  const ru = featuresOf(
    'Учительницу из Столбино приговорили к трём годам',
    'Районный суд приговорил учительницу химии к трём годам колонии за донат.',
  );
  const be = featuresOf(
    'Настаўніцу са Стоўбіна асудзілі на тры гады',
    'Раённы суд прызначыў настаўніцы хіміі тры гады калоніі за данат.',
  );
  const otherTown = featuresOf(
    'Настаўніцу з Мазырына асудзілі на тры гады',
    'Раённы суд прызначыў настаўніцы хіміі тры гады калоніі за данат.',
  );

  it('reads ў for the l after a vowel as one name, not another place', () => {
    expect(measurePair(ru, be).nameConflict).toBe(0);
    expect(measurePair(ru, otherTown).nameConflict).toBe(1);
  });

  it('reads a surname with and without its v as one name', () => {
    const leonchik = featuresOf(
      'Суд над Леончиком перенесли',
      'Заседание по делу Леончика отложили на неделю.',
    );
    const liavonchyk = featuresOf(
      'Суд над Лявончыкам перанеслі',
      'Пасяджэнне па справе Лявончыка адклалі на тыдзень.',
    );
    const other = featuresOf(
      'Суд над Мараўчыкам перанеслі',
      'Пасяджэнне па справе Мараўчыка адклалі на тыдзень.',
    );
    expect(measurePair(leonchik, liavonchyk).nameConflict).toBe(0);
    expect(measurePair(leonchik, other).nameConflict).toBe(1);
  });
});

describe('a pair across languages measured from either side', () => {
  // The Belarusian report opens its lead with the given name, which says the name the English
  // report gives mid-sentence; the measures must not depend on which of the two comes first.
  const en = featuresOf(
    'Ostrovska asks Council of Europe to formalise ties with Belarusian democrats',
    'Exiled Belarusian opposition leader Mirala Ostrovska on Wednesday urged the Parliamentary Assembly to set up a permanent contact group in Strasbourg.',
  );
  const be = featuresOf(
    'Астроўская папрасіла Савет Еўропы замацаваць сувязі з дэмакратычнымі сіламі Беларусі',
    'Мірала Астроўская ў сераду заклікала Парламенцкую асамблею стварыць сталую кантактную групу ў Страсбургу.',
  );

  it('gives the same lead similarity and shared rare terms in either order', () => {
    const forth = measurePair(en, be);
    const back = measurePair(be, en);
    expect(forth.leadSim).toBeGreaterThan(0);
    expect(back.leadSim).toBeCloseTo(forth.leadSim, 10);
    expect(back.sharedRare).toBeCloseTo(forth.sharedRare, 10);
  });
});

describe('a Latin ch as Cyrillic writes it', () => {
  // Made-up places and a made-up painter: Greek ch is х, French ch is ш.
  const en = (title: string, text: string) => featuresOf(title, text, 'en');
  const be = (title: string, text: string) => featuresOf(title, text, 'be');

  it('reads ch as х or к: a Greek island', () => {
    const island = en(
      'Wildfire on Greek island of Chyos forces evacuation of 4,000',
      'A wildfire raced through pine forest in southern Chyos on Saturday.',
    );
    const translation = be(
      'На грэцкім востраве Хіёс праз пажар эвакуіравалі 4 тысячы чалавек',
      'Лясны пажар на поўдні выспы Хіёс у суботу прымусіў пакінуць дамы.',
    );
    const otherIsland = be(
      'На грэцкім востраве Мілас праз пажар эвакуіравалі 4 тысячы чалавек',
      'Лясны пажар на поўдні выспы Мілас у суботу прымусіў пакінуць дамы.',
    );
    expect(measurePair(island, translation).nameConflict).toBe(0);
    expect(measurePair(translation, island).nameConflict).toBe(0);
    expect(measurePair(island, otherIsland).nameConflict).toBe(1);
  });

  it('reads ch as ш: a French name', () => {
    const painting = en(
      'Rooftop fiddler by Chabrol sells for a record',
      'A small oil painting by Marc Chabrol sold in New York on Wednesday.',
    );
    const translation = be(
      'Карціну Шаброля прадалі за рэкордныя грошы',
      'Карціна Марка Шаброля была прададзена ў Нью-Ёрку ў сераду.',
    );
    expect(measurePair(painting, translation).nameConflict).toBe(0);
  });
});

describe('a Latin j as Cyrillic writes it before a vowel', () => {
  // A made-up Czech town: Latin j before a vowel is й, which Cyrillic writes within я, е, ю or
  // leaves out before і (Jablova, Яблава; Jilava, Ілава), where English j is дж.
  const en = (title: string, text: string) => featuresOf(title, text, 'en');
  const be = (title: string, text: string) => featuresOf(title, text, 'be');

  it('reads an initial j as the й Cyrillic leaves out', () => {
    const festival = en(
      'Documentary about miners wins top prize at Jablova festival',
      'A documentary about miners won the main award at the film festival in Jablova.',
    );
    const translation = be(
      'Фільм пра шахцёраў атрымаў галоўны прыз фестывалю «Світанак» у Яблаве',
      'Дакументальны фільм пра шахцёраў атрымаў галоўную ўзнагароду кінафестывалю ў Яблаве.',
    );
    const otherTown = be(
      'Фільм пра шахцёраў атрымаў галоўны прыз фестывалю «Світанак» у Пардубіцах',
      'Дакументальны фільм пра шахцёраў атрымаў галоўную ўзнагароду кінафестывалю ў Пардубіцах.',
    );
    expect(measurePair(festival, translation).nameConflict).toBe(0);
    expect(measurePair(translation, festival).nameConflict).toBe(0);
    expect(measurePair(festival, otherTown).nameConflict).toBe(1);
  });
});
