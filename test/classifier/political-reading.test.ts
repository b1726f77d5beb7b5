import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../src/classifier/classify-entry.js';
import { loadConfig } from '../../src/config/index.js';
import { gatherExamples, learnTopic } from '../../src/topics/index.js';

const SHIPPED = path.resolve(import.meta.dirname, '../../config/topicfeed.yaml');

/**
 * The shipped political-prisoners topic (weights learned from the shipped examples) on made-up
 * reports written the way such news is told without the words "political prisoner": jailed "for
 * their words", a donation to a fund the authorities call extremist, a teacher or a priest taken
 * after a lesson or a sermon, a sentence for taking part in a protest; and look-alikes that stay out.
 */
const topic = (() => {
  const shipped = loadConfig(SHIPPED).topics.find((t) => t.id === 'political-prisoners');
  if (!shipped) throw new Error('no political-prisoners topic in the shipped config');
  return learnTopic(shipped, gatherExamples(shipped, [])).compiled;
})();

const judge = (title: string, text: string) => explainMatch({ title, text }, topic);
const groups = (title: string, text: string) => judge(title, text).evidence.map((e) => e.id);

describe('political-prisoners reads how such news is told (EN, RU, BE)', () => {
  it('takes people jailed "for their words" or "for politics" as a designation', () => {
    const freed = judge(
      'Nine people go free after a deal with Ruritania',
      'Nine people jailed for their words were driven to the border on Friday and told to walk.',
    );
    expect(freed.matched).toBe(true);
    expect(freed.evidence[0]?.id).toBe('designation');
    expect(
      judge('Узники вышли на волю', 'Из колонии вышли семь человек, которые сидели за слова.')
        .matched,
    ).toBe(true);
    expect(
      judge(
        'Сем чалавек выйшлі на волю',
        'На волю выйшлі сем чалавек, якія сядзелі ў турме за словы.',
      ).matched,
    ).toBe(true);
  });

  it('takes a teacher detained over a donation to a fund called extremist', () => {
    const title = 'Village teacher detained over 2021 donation';
    const text =
      'Security officers detained Marta Ostrova, 52, at the Northvale school where she teaches. Relatives say she is accused of having donated money in 2021 to a fund the authorities later named an extremist formation.';
    expect(judge(title, text).matched).toBe(true);
    expect(groups(title, text)).toEqual(
      expect.arrayContaining(['persecuted-person', 'speech-punished', 'extremist-label']),
    );
    expect(
      judge(
        'У Энску асудзілі слесара за данат',
        'Суд асудзіў 40-гадовага слесара на два гады калоніі за 20 долараў, пералічаных у 2021 годзе ініцыятыве, якую потым прызналі экстрэмісцкай.',
      ).matched,
    ).toBe(true);
    expect(
      judge(
        'В Энске вынесли приговор за донат',
        'Суд приговорил 50-летнего водителя к двум годам колонии за перевод 10 евро инициативе, признанной экстремистской.',
      ).matched,
    ).toBe(true);
  });

  it('takes incitement of hatred, the head of state insulted by name, and money transfers', () => {
    const sentenced = (charge: string) =>
      groups(
        'В Энске осудили пенсионера',
        `Суд приговорил 70-летнего пенсионера к трем годам колонии за ${charge}.`,
      );
    expect(sentenced('«разжигание вражды»')).toContain('dissent-charge');
    expect(sentenced('«оскорбление Лукашенко»')).toContain('dissent-charge');
    expect(sentenced('кражу')).not.toContain('dissent-charge');
    expect(
      judge(
        'Вярхоўны суд пакінуў у сіле прысуд выкладчыцы',
        'Выкладчыцу асудзілі на чатыры гады калоніі за пералікі ў фонд салідарнасці.',
      ).matched,
    ).toBe(true);
  });

  it('does not take a list or a count as a transfer, nor a court without a charge', () => {
    expect(
      judge(
        'Урад зацвердзіў пералік тавараў',
        'У пералік увайшлі 40 тавараў, цэны на якія будуць рэгулявацца.',
      ).matched,
    ).toBe(false);
    expect(
      judge('В Энске осудили водителя', 'Суд приговорил водителя к году колонии за ДТП.').matched,
    ).toBe(false);
  });

  it('takes a priest detained after a sermon, and a student jailed for a protest', () => {
    expect(
      judge(
        'Parish priest detained after Sunday sermon',
        'Father Jan Lidek was detained on Tuesday outside his church; his house was searched.',
      ).matched,
    ).toBe(true);
    expect(
      judge(
        'В Энске студента осудили на два года за участие в акции протеста',
        'Суд приговорил 20-летнего студента Ивана Лесного к двум годам колонии за участие в акции протеста.',
      ).matched,
    ).toBe(true);
    expect(
      judge(
        'Student jailed for two years over road blockade',
        'A court sentenced Piet Varga, a 20-year-old student, to two years in prison. His lawyer called it punishment for protesting.',
      ).matched,
    ).toBe(true);
  });

  it('takes homes searched and people questioned over donations or posts (EN, RU, BE)', () => {
    expect(
      judge(
        'Dawn raids in two towns: homes searched, four taken away',
        'Officers searched the homes of nine people in Northvale and Eastby over donations made in 2020 and old social media posts; four were taken away for questioning. The rights group Lantern said none had a lawyer.',
      ).matched,
    ).toBe(true);
    expect(
      judge(
        'В Энске прошли обыски у восьми человек',
        'Силовики провели обыски в восьми квартирах, изымали телефоны и расспрашивали о донатах и комментариях в соцсетях. Троих увезли на допрос, сообщают правозащитники.',
      ).matched,
    ).toBe(true);
    expect(
      judge(
        'У Энску прайшлі ператрусы',
        'Сілавікі правялі ператрусы ў васьмі кватэрах і пыталіся пра данаты і пасты ў сацсетках. Траіх забралі на допыт, паведамляюць праваабаронцы.',
      ).matched,
    ).toBe(true);
  });

  it('reads the Belarusian nominative of a political prisoner (палітвязень, вязень сумлення)', () => {
    expect(
      judge(
        'Вязень з Энска трэці тыдзень галадае',
        'У калоніі пад Энскам галадае палітвязень Андрэй Лясны: яму не перадаюць лісты.',
      ).matched,
    ).toBe(true);
  });

  it('takes a researcher jailed for his work, a YouTuber tried in absentia, a donation to a fund called extremist', () => {
    expect(
      judge(
        'Ruritania frees ailing economist after three years',
        'A court ordered the release of economist Jan Lidek, serving six years for tax evasion that rights groups called punishment for his research on public spending.',
      ).matched,
    ).toBe(true);
    expect(
      judge(
        'Exiled YouTuber sentenced in absentia to eight years',
        'A court in the capital sentenced Piet Varga, a YouTuber who lives abroad, in absentia to eight years.',
      ).matched,
    ).toBe(true);
    expect(
      judge(
        'Three members of a chess club detained',
        'Police searched the homes of three members of a chess club in Northvale and detained them over donations they made in 2020 to a fund that the authorities later declared "extremist".',
      ).matched,
    ).toBe(true);
  });

  it('keeps out an economist fined for tax evasion, and a fugitive banker tried in absentia for fraud', () => {
    expect(
      judge(
        'Economist fined for tax evasion',
        'A court fined the economist Jan Lidek for tax evasion on his consulting income.',
      ).matched,
    ).toBe(false);
    expect(
      judge(
        'Fugitive banker sentenced in absentia for fraud',
        'A court sentenced the former bank chairman in absentia to nine years for fraud and embezzlement.',
      ).matched,
    ).toBe(false);
  });

  it('reads a sentence of restricted freedom ("ограничение свободы") for insulting the president', () => {
    const text =
      'Суд Заречного района приговорил 63-летнюю пенсионерку к двум годам ограничения свободы без направления в исправительное учреждение за «оскорбление президента». Поводом стал её комментарий в интернете.';
    expect(groups('Суд осудил автора комментария', text)).toContain('dissent-charge');
    expect(judge('Суд осудил автора комментария', text).matched).toBe(true);
    // The same sentence for a road accident is no dissent charge.
    expect(
      judge(
        'Суд ограничил свободу водителю',
        'Суд приговорил водителя к двум годам ограничения свободы без направления в исправительное учреждение за ДТП, в котором пострадал пешеход.',
      ).matched,
    ).toBe(false);
  });

  it('takes a pensioner put on a "terrorist" list after questioning over comments, and relatives of exiles searched', () => {
    expect(
      judge(
        'Retired teacher added to "terrorist" list',
        'The security service added 20 people to its list of persons involved in terrorist activity, among them a 66-year-old retired teacher from Northvale who, her son said, had been questioned last year over comments online.',
      ).matched,
    ).toBe(true);
    expect(
      judge(
        'Пенсионерку внесли в перечень террористов',
        'КГБ внёс в перечень лиц, причастных к террористической деятельности, 66-летнюю учительницу на пенсии из Заречья. По словам сына, в прошлом году её вызывали на беседу из-за комментариев в соцсетях.',
      ).matched,
    ).toBe(true);
    const relatives = judge(
      'Police search homes of relatives of journalists who left',
      'Police searched the homes of six relatives of journalists who left the country, seizing phones.',
    );
    expect(relatives.matched).toBe(true);
    expect(relatives.evidence.map((e) => e.id)).toContain('retaliation');
    expect(
      judge(
        "У сваякоў тых, хто з'ехаў, прайшлі ператрусы",
        'Сілавікі прыйшлі з ператрусамі да бацькоў і братоў журналістаў, якія жывуць за мяжой, і забралі тэлефоны.',
      ).matched,
    ).toBe(true);
  });

  it("keeps out a cartel on a terrorist list, migrants' families, and families in search of the dead", () => {
    expect(
      judge(
        'US adds drug cartel to terrorist list',
        'The State Department added a drug cartel to its list of foreign terrorist organisations on Monday, freezing its assets in the United States.',
      ).matched,
    ).toBe(false);
    expect(
      judge(
        'Families of migrants abroad receive more remittances',
        'Relatives of workers abroad received record remittances this year, the central bank said; parents of emigrants spend most of it on housing.',
      ).matched,
    ).toBe(false);
    const quake = judge(
      'Families search for loved ones after the quake',
      'Families wandered among the ruins in search of relatives on Monday. Many of the town’s young people emigrated years ago.',
    );
    expect(quake.evidence.map((e) => e.id)).not.toContain('retaliation');
    expect(quake.matched).toBe(false);
  });

  it('keeps out a raid over online fraud posts', () => {
    expect(
      judge(
        'Police raid call centre behind fake posts',
        'Police raided a call centre in Northvale that used social media posts to lure victims into an investment fraud; ten people were taken in for questioning.',
      ).matched,
    ).toBe(false);
  });

  it('keeps out a teacher in a theft case, extremist materials with no one jailed, a search in a betting case', () => {
    expect(
      judge(
        'Teacher arrested over theft of school funds',
        'Police arrested a teacher in Northvale on suspicion of theft and fraud after an audit of the school budget.',
      ).matched,
    ).toBe(false);
    expect(
      judge(
        'Альбом рок-группы признали экстремистскими материалами',
        'Суд признал экстремистскими материалами альбом группы и её страницы в соцсетях. Концерты отменены.',
      ).matched,
    ).toBe(false);
    expect(
      judge(
        'Police searched the home of a football coach',
        'Police searched the home of a football coach on Monday in an inquiry into illegal betting.',
      ).matched,
    ).toBe(false);
  });
});

describe('political-prisoners reads a verdict for comments on the police or for a donation', () => {
  it('takes a pensioner found guilty of insulting police officers in comments', () => {
    expect(
      judge(
        'У Берасці пенсіянерку асудзілі за каментары',
        'Суд прызначыў 66-гадовай жанчыне два гады абмежавання волі за каментары ў тэлеграм-каналах. Яе прызналі вінаватай у абразе супрацоўнікаў міліцыі.',
      ).matched,
    ).toBe(true);
    expect(
      judge(
        'В Гомеле пенсионерку осудили за комментарии',
        'Суд назначил 66-летней женщине два года ограничения свободы за комментарии в телеграм-каналах. Ее признали виновной в оскорблении сотрудников милиции.',
      ).matched,
    ).toBe(true);
  });

  it('takes a driver sentenced for a donation', () => {
    expect(
      judge(
        'Абласны суд пакінуў у сіле прысуд кіроўцы',
        'Віцебскі абласны суд адхіліў апеляцыю кіроўцы аўтобуса. Прысуд — чатыры гады калоніі за данат 20 долараў — уступіў у сілу.',
      ).matched,
    ).toBe(true);
  });
});

describe('political-prisoners reads the charge of protest and a sentence for a march', () => {
  it('takes a case of actions grossly violating public order sent to court', () => {
    const sent = judge(
      'Дело зарецкого часовщика передано в суд',
      'Уголовное дело 61-летнего часовщика из Зарецка, задержанного в ноябре, передано в суд. Ему вменяют участие в «действиях, грубо нарушающих общественный порядок», — фотографии с акции нашли в его телефоне.',
    );
    // Taken on the evidence's score, not only by the word model.
    expect(sent.score).toBeGreaterThanOrEqual(sent.minScore);
    expect(sent.evidence.map((e) => e.id)).toContain('dissent-charge');
  });

  it('takes a verdict upheld for taking part in a march', () => {
    const upheld = judge(
      'Абласны суд пакінуў у сіле прысуд гадзіншчыку',
      'Абласны суд адхіліў апеляцыйную скаргу 61-гадовага гадзіншчыка. Прысуд — два з паловай гады калоніі за ўдзел у маршы — уступіў у законную сілу.',
    );
    expect(upheld.matched).toBe(true);
    expect(upheld.evidence.map((e) => e.id)).toContain('retaliation');
  });

  it('leaves a march that is no protest out', () => {
    expect(
      judge(
        'В Зарецке прошёл марш ветеранов спорта',
        'В субботу по центру города прошли две тысячи участников марша, посвящённого юбилею стадиона.',
      ).matched,
    ).toBe(false);
  });
});
