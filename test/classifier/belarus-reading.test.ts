import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../src/classifier/classify-entry.js';
import { loadConfig } from '../../src/config/index.js';
import { gatherExamples, learnTopic } from '../../src/topics/index.js';

const SHIPPED = path.resolve(import.meta.dirname, '../../config/topicfeed.yaml');

/**
 * The shipped belarus topic (weights learned from the shipped examples) on made-up reports that
 * are Belarusian news without the country's name: the National Bank's rates of the ruble (Belarus
 * is the one country whose national bank sets a ruble); and look-alikes that stay out, among them
 * a life abroad that began in Minsk (a birthplace is a passing mention).
 */
const topic = (() => {
  const shipped = loadConfig(SHIPPED).topics.find((t) => t.id === 'belarus');
  if (!shipped) throw new Error('no belarus topic in the shipped config');
  return learnTopic(shipped, gatherExamples(shipped, [])).compiled;
})();

const judge = (title: string, text: string) => explainMatch({ title, text }, topic).matched;

describe('belarus reads the National Bank and its ruble', () => {
  it('takes the daily rates of the ruble in Russian, Belarusian and English', () => {
    expect(
      judge(
        'Курсы валют на 12 марта: евро подешевел',
        'Национальный банк установил официальные курсы на четверг: доллар — 3,0120 рубля, евро — 3,2840 рубля.',
      ),
    ).toBe(true);
    expect(
      judge(
        'Курсы валют на 12 сакавіка',
        'Нацыянальны банк устанавіў афіцыйныя курсы: долар — 3,0120 рубля, еўра — 3,2840 рубля.',
      ),
    ).toBe(true);
    expect(
      judge(
        'Dollar edges up in Thursday fixing',
        'The National Bank set the dollar at 3.0120 rubles and the euro at 3.2840 rubles for Thursday.',
      ),
    ).toBe(true);
  });

  it('leaves out another country national bank, and a ruble with no national bank', () => {
    expect(
      judge(
        'Курс рубля в Казахстане',
        'Национальный банк Казахстана установил курс рубля на уровне 6,1 тенге.',
      ),
    ).toBe(false);
    expect(
      judge(
        'Рубль укрепился к доллару',
        'Центральный банк установил официальный курс доллара на уровне 91 рубля.',
      ),
    ).toBe(false);
  });
});

describe('belarus takes a birthplace for a passing mention', () => {
  it('leaves out a prize abroad won by someone born in Minsk', () => {
    expect(
      judge(
        'Minsk-born violinist wins Lisbon competition',
        'A 19-year-old violinist who grew up in Vienna took first prize at the Lisbon competition.',
      ),
    ).toBe(false);
    expect(
      judge(
        'Пианистка, уроженка Минска, получила премию в Праге',
        'Пианистка, которая живёт в Праге с детства, получила главную премию конкурса.',
      ),
    ).toBe(false);
  });

  it('still takes the news of Belarus about someone born there', () => {
    expect(
      judge(
        'Minsk-born activist detained at Minsk airport',
        'Belarusian border guards detained the activist at Minsk National Airport on Friday as she returned from Vilnius; a Minsk court will decide on her arrest.',
      ),
    ).toBe(true);
  });
});

describe('belarus takes a distance to its border and old geography for passing mentions', () => {
  it('leaves out drills near the border and trade along the rivers of what is now Belarus', () => {
    expect(
      judge(
        'Allied troops begin drills in southern Lithuania',
        'About 3,000 troops are taking part in the exercise near Varena, 20 km from the Belarusian border.',
      ),
    ).toBe(false);
    expect(
      judge(
        'Hoard of silver coins found on a farm',
        'The coins reached the Baltic through trade along the rivers of what is now Russia and Belarus.',
      ),
    ).toBe(false);
  });

  it('still takes news at the border itself', () => {
    expect(
      judge(
        'Belarusian border guards detain two at the Lithuanian crossing',
        'Belarus said its border guards detained two men at the crossing near Hrodna on Tuesday.',
      ),
    ).toBe(true);
  });
});

describe('belarus takes a prison named by a Belarusian town', () => {
  it('takes a prisoner in a colony of a Belarusian town that names no country', () => {
    expect(
      judge(
        'Jailed engineer in hospital after hunger strike',
        'The 58-year-old engineer, serving six years in Navapolatsk colony No. 1 over his posts, was taken to the prison hospital, his daughter said.',
      ),
    ).toBe(true);
    expect(
      judge(
        'Инженера перевели в тюремную больницу',
        'Инженер, который отбывает шесть лет в новополоцкой колонии №1, двенадцать дней отказывался от еды.',
      ),
    ).toBe(true);
  });

  it('leaves out a colony elsewhere', () => {
    expect(
      judge(
        'Инженера перевели в тюремную больницу',
        'Инженер, который отбывает шесть лет в ярославской колонии №1, двенадцать дней отказывался от еды.',
      ),
    ).toBe(false);
  });
});

describe('belarus takes a rate quoted for 100 Russian rubles, and Берасце for Brest', () => {
  it('takes a daily rate list that quotes the Russian ruble per hundred, naming no bank', () => {
    expect(
      judge(
        'Курсы валют на 3 марта: доллар подешевел',
        'Официальный курс доллара на 3 марта — 3,0521 рубля, евро — 3,5710, 100 российских рублей — 3,6940.',
      ),
    ).toBe(true);
    // A rate of the Russian ruble alone is no rate of another ruble.
    expect(
      judge('Рубль укрепился', 'Курс российского рубля к доллару вырос на торгах в понедельник.'),
    ).toBe(false);
  });

  it('reads the Belarusian Берасце as Brest, a place of Belarus', () => {
    const places = (title: string) =>
      explainMatch({ title, text: 'Рух па ім пачнецца ў чацвер.' }, topic).evidence.map(
        (e) => e.id,
      );
    expect(places('У Берасці адкрылі новы мост')).toContain('places');
    expect(places('У Брэсце адкрылі новы мост')).toContain('places');
    expect(places('У Беразіно адкрылі новы мост')).not.toContain('places');
  });
});

describe('belarus reads the district towns as Belarusian writes them', () => {
  it('takes news of a district town or region that never names the country', () => {
    expect(
      judge(
        'У Смалявічах адкрылі першы ў горадзе крыты басейн',
        'У пятніцу ў горадзе адкрылі комплекс з 25-метровым басейнам. Будаўніцтва доўжылася тры гады.',
      ),
    ).toBe(true);
    expect(
      judge(
        'На Дрыбіншчыне затрымалі фермера за каментар',
        'Супрацоўнікі міліцыі затрымалі 52-гадовага фермера за каментар у сацсетках.',
      ),
    ).toBe(true);
    expect(
      judge(
        'На Минщине закрыли мост на ремонт',
        'С понедельника мост закрыт для грузовиков, легковые машины едут по одной полосе.',
      ),
    ).toBe(true);
  });

  it('leaves out the words a town shares with the language: June, rounds, columns', () => {
    // Чэрвень is a town and the month of June; тураў the rounds of a vote; стоўбцы columns.
    expect(
      judge(
        'Марскі лёд вакол Антарктыды ў чэрвені — на рэкордна нізкім узроўні',
        'У чэрвені лёд займаў 11,9 мільёна квадратных кіламетраў — найменш з 1979 года.',
      ),
    ).toBe(false);
    expect(
      judge(
        'Выбары ў Чылі: пасля двух тураў перамог кандыдат апазіцыі',
        'Вынікі ў стоўбцах табліцы паказваюць перавагу ў 4 працэнты.',
      ),
    ).toBe(false);
  });
});

describe('belarus reads the adjectives of the district towns in -ічы, -ичи', () => {
  it('takes a district named by its adjective, in Belarusian and in Russian', () => {
    // Made-up news; the adjective of Смалявічы is смалявіцкі, of Смолевичи смолевичский.
    expect(
      judge(
        'У Смалявіцкім раёне град пашкодзіў дахі',
        'У сераду ўвечары над вёскамі раёна прайшла навальніца з градам. Пацярпелых няма.',
      ),
    ).toBe(true);
    expect(
      judge(
        'В Смолевичском районе град повредил крыши',
        'В среду вечером над деревнями района прошла гроза с градом. Пострадавших нет.',
      ),
    ).toBe(true);
  });

  it("takes a district town's Russian adjective that is no common surname", () => {
    expect(
      judge(
        'В Драгичинском районе из-за заносов отменили школьные автобусы',
        'В среду утром восемь школьных автобусов не вышли на маршруты: дороги к деревням замело.',
      ),
    ).toBe(true);
  });

  it('leaves a surname in -ич alone', () => {
    expect(
      judge(
        'Климович выиграл этап Кубка мира по биатлону',
        'Спортсмен опередил соперников на 12 секунд на трассе в Италии.',
      ),
    ).toBe(false);
  });
});

describe('belarus reads its watch-list of district names and a birthplace in passing', () => {
  it('takes a district named as a region, in Belarusian and in Russian', () => {
    expect(
      judge(
        'Паводка: на Лунінеччыне падтапіла дарогу да вёскі',
        'Узровень вады ў рацэ за тыдзень падняўся амаль на 1,8 метра.',
      ),
    ).toBe(true);
    expect(
      judge(
        'На Пинщине паводок подтопил дорогу к деревне',
        'Уровень воды в реке за неделю поднялся почти на 1,8 метра.',
      ),
    ).toBe(true);
  });

  it('leaves out a life abroad that began in a Belarusian city', () => {
    expect(
      judge(
        'Ruritania names Hrodna-born coach to lead national hockey team',
        'The federation appointed a 49-year-old who was born in Hrodna and has been a Ruritanian citizen since 2012.',
      ),
    ).toBe(false);
  });
});
