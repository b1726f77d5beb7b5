import { describe, expect, it } from 'vitest';
import { detectGenre } from '../../src/clusterer/detect-genre.js';
import {
  compileNewsLexicon,
  lookUpConcept,
  lookUpPlural,
} from '../../src/clusterer/news-lexicon.js';
import { readNumberWord, sumNumberWords } from '../../src/clusterer/number-words.js';
import { stemWord } from '../../src/clusterer/stem-word.js';
import { featuresOf } from './make-entry.js';

describe('the news lexicon', () => {
  const lexicon = compileNewsLexicon();
  const concept = (word: string) => lookUpConcept(lexicon, word)?.id;

  it('reads an English plural of a whole word as the word, and no other word in -s', () => {
    expect(concept('railways')).toBeUndefined();
    expect(lookUpPlural(lexicon, 'railways')?.id).toBe(concept('railway'));
    expect(lookUpPlural(lexicon, 'ministries')?.id).toBe(concept('ministry'));
    for (const word of ['process', 'census', 'crisis', 'gas', 'bus', 'railway'])
      expect(lookUpPlural(lexicon, word)).toBeUndefined();
    // In a headline's name ("Czech Railways") as in a lead's lower case ("the state railway").
    const name = featuresOf(
      'Cyberattack knocks out Ruritanian Railways ticket sales',
      'Sales stop.',
    );
    const lead = featuresOf('Hackers hit ticket sales', 'The state railway said sales stopped.');
    expect(name.titleNameTerms).not.toContain('w:railwa');
    const train = `c:${concept('railway')}`;
    expect(name.titleTerms).toContain(train);
    expect(lead.leadTerms).toContain(train);
    // A people stays its country's name.
    const people = featuresOf('Australians turned back at the border', 'x');
    expect(people.titleTerms).not.toContain(`c:${concept('australian')}`);
    expect(people.titleNameTerms).toHaveLength(1);
  });

  it('meets emigrating, as a verb, with the emigration of Russian and Belarusian', () => {
    for (const word of ['emigrate', 'emigrated', 'emigre', 'эмиграции', 'эмигрировал', 'эміграцыі'])
      expect(concept(word), word).toBe(concept('emigration'));
  });

  it('knows waters whose names differ between the languages, and no name that opens alike', () => {
    for (const [id, forms] of [
      ['peipus', ['peipus', 'чудском', 'чудскае']],
      ['daugava', ['daugava', 'даугаве', 'даўгавой']],
      ['danube', ['danube', 'дунае', 'дуная']],
      ['vistula', ['vistula', 'висле', 'віслы']],
    ] as const)
      for (const form of forms) expect(concept(form)).toBe(id);
    for (const name of ['дунаев', 'даугавпилс', 'вислоух']) expect(concept(name)).toBeUndefined();
  });

  it('knows the things of science, nature, the economy and culture in three languages, declined', () => {
    const forms: [string, string[]][] = [
      ['asteroid', ['asteroid', 'астероида', 'астэроід']],
      ['bison', ['bison', 'зубров', 'зуброў']],
      ['bat', ['bats', 'кажаны']],
      ['mine', ['miners', 'шахте', 'горняков', 'горнікі', 'рудніку']],
      ['auction', ['auction', 'аукционе', 'аўкцыёне']],
      ['painting', ['painting', 'картину', 'карціну']],
      ['visa', ['visa-free', 'безвиз', 'бязвіз', 'візы']],
      ['ticket', ['fares', 'проезд', 'праезд']],
      ['graduate', ['graduates', 'выпускники', 'выпускнікі']],
      ['district', ['district', 'райисполкома', 'райвыканкама', 'района', 'раёна']],
      ['chairman', ['chairman', 'председателя', 'старшыню']],
      ['sale', ['sold', 'продали', 'прадалі', 'продажи']],
      ['parcel', ['parcels', 'передачи', 'перадачы', 'посылки']],
      ['gulf', ['gulf', 'заливе', 'заліве']],
      ['request', ['request', 'запросу', 'запыту']],
      ['airline', ['airline', 'авиакомпания', 'авіякампанія']],
      ['reactor', ['reactor', 'энергоблок', 'энергаблок']],
      ['candidate', ['candidates', 'кандидата', 'кандыдат']],
    ];
    // The text's ё is read as е, as the lexicon's is.
    for (const [id, words] of forms)
      for (const word of words) expect(concept(word.replace(/ё/gu, 'е')), word).toBe(id);
    // Forms listed whole where a stem would swallow a common word: "почти" (almost) is no post
    // office, "очередной" (next) no queue, "лістапада" (November) no letter, "долго" (long) no
    // debt, "смог" (could) no smog.
    for (const word of ['почти', 'очередной', 'лістапада', 'долго', 'смог'])
      expect(concept(word), word).toBeUndefined();
    // An institution named on its own is a concept of its own, not its kind: Belarus's KGB and
    // Russia's FSB are two services. A word as often a name ("Aurora", a town, a company) is none.
    expect(concept('кдб')).toBe(concept('kgb'));
    expect(concept('фсб')).toBe(concept('fsb'));
    expect(concept('kgb')).not.toBe(concept('fsb'));
    expect(concept('aurora')).toBeUndefined();
    expect(featuresOf('Northern lights seen over Latvia', '').titleTerms).toContain('c:aurora');
    // A phrase: "летучие мыши" are bats, "мыши" alone are not.
    expect(featuresOf('Летучие мыши долетели до Италии', '').titleTerms).toContain('c:bat');
    expect(featuresOf('Мыши в амбаре', '').titleTerms).not.toContain('c:bat');
    // A phrase of clickbait for a meteorite.
    expect(featuresOf('A Space Rock Just Landed in a Garden', '').titleTerms).toContain(
      'c:meteorite',
    );
    // Across languages the concept is what two headlines share.
    const english = featuresOf('Asteroid the size of a house will pass closer than the Moon', '');
    const belarusian = featuresOf('Астэроід памерам з дом праляціць бліжэй за Месяц', '');
    expect(english.titleCross).toContain('c:asteroid');
    expect(belarusian.titleCross).toContain('c:asteroid');
  });

  it('maps the verbs of an event in English, Russian and Belarusian to one concept', () => {
    for (const word of ['sentenced', 'приговорили', 'осужден', 'асудзілі', 'прысуд'])
      expect(concept(word), word).toBe('sentence');
    // A halt or suspension is a closure; a deluge is a flood.
    for (const word of ['halts', 'suspended', 'закроют', 'закрыюць'])
      expect(concept(word), word).toBe('close');
    expect(concept('deluge')).toBe('flood');
    // Prices "became dearer" in Russian and Belarusian: a rise.
    for (const word of ['rose', 'подорожали', 'падаражэлі'])
      expect(concept(word), word).toBe('raise');
    for (const word of ['detained', 'задержали', 'арестован', 'затрыманы'])
      expect(concept(word), word).toBe('arrest');
    for (const word of ['fined', 'штраф', 'оштрафован', 'оштрафовали', 'аштрафаваны'])
      expect(concept(word), word).toBe('fine');
    // Every form of the verb, not the past alone: "EU investigating Shein", "investigators say".
    for (const word of [
      'investigating',
      'investigations',
      'investigators',
      'probing',
      'расследует',
    ])
      expect(concept(word), word).toBe('investigate');
  });

  it('reads freezing rain as a storm in three languages, so that its reports run on as one incident', () => {
    const english = featuresOf('Freezing rain leaves 140 villages without power', '');
    const russian = featuresOf('Ледяной дождь оставил без света 143 деревни', '');
    const belarusian = featuresOf('Пасля ледзянога дажджу без святла 38 вёсак', '');
    for (const features of [english, russian, belarusian])
      expect(features.titleEvents).toContain('storm');
    // Rain alone is no storm.
    expect(featuresOf('Rain leaves roads wet', '').titleEvents).not.toContain('storm');
  });

  it('reads a river over its banks as a flood, a ferry that caught fire as a fire, and a labour strike as an event', () => {
    const examples: [string, string][] = [
      ['Mud and grief after Italian river bursts its banks', 'flood'],
      ['Река вышла из берегов, подтоплены сотни домов', 'flood'],
      ['Рака выйшла з берагоў у Палессі', 'flood'],
      ['Three dead as rivers burst banks near the coast', 'flood'],
      ['У Фінскім заліве загарэўся паром', 'fire'],
      ['Ships queue as tug strike enters fourth day', 'strike-work'],
      ['Tug crews go on strike over pay', 'strike-work'],
    ];
    for (const [title, event] of examples)
      expect(featuresOf(title, '').titleEvents, title).toContain(event);
    // A strike from the air is no walkout.
    expect(featuresOf('Drone strike hits a depot', '').titleEvents).not.toContain('strike-work');
  });

  it('reads an airline that stops flying or a firm that ceases trading as a closure, not any stop', () => {
    for (const title of [
      'Budget airline stops flying',
      'Carrier stopped flying overnight',
      'Retailer ceases trading after 90 years',
      'Operator ceased operations on Monday',
    ])
      expect(featuresOf(title, '').titleEvents, title).toContain('close');
    expect(featuresOf('Police stop a car on the motorway', '').titleEvents).not.toContain('close');
  });

  it('reads no English word of the lexicon in a Russian or Belarusian text: a Latin word there is a name', () => {
    const russian = featuresOf('Семёнова проиграла в четвертьфинале Australian Open', '');
    expect(russian.titleEvents).toEqual(['lose']);
    expect(featuresOf('Djokovic wins the Australian Open final', '').titleEvents).toContain('win');
  });

  it('reads a country by its abbreviation as by its name (РФ, КНР, РБ)', () => {
    expect(concept('рф')).toBe(concept('россии'));
    expect(concept('кнр')).toBe(concept('китая'));
    expect(concept('рб')).toBe(concept('беларуси'));
    // "в РФ" and "в России" give one term, and neither is a name a rewrite must keep.
    const short = featuresOf('Доверие бизнеса к судам в РФ упало', '');
    const long = featuresOf('Доверие бизнеса к судам в России упало', '');
    expect(short.titleTerms).toEqual(long.titleTerms);
    expect(short.titleNameTerms).toEqual([]);
  });

  it('reads "got N years" as a sentence in three languages, the number between the words', () => {
    const events = (title: string) => featuresOf(title, '').titleEvents;
    expect(events('Blogger got 5 years for a post')).toContain('sentence');
    expect(events('Блогер получил 5 лет колонии')).toContain('sentence');
    expect(events('Блогерка получила 3 года')).toContain('sentence');
    expect(events('Блогер атрымаў 8 гадоў калоніі')).toContain('sentence');
    // "получил" alone is no sentence: a prize, a letter.
    expect(events('Блогер получил премию')).not.toContain('sentence');
  });

  it('reads an arrest for days as a sentence in Russian and Belarusian, still an arrest too', () => {
    const events = (title: string) => featuresOf(title, '').titleEvents;
    // An administrative arrest for N days is a court's term in jail: "jailed for 15 days".
    for (const title of [
      'В Ливнице на 15 суток арестовали трубача',
      'Трубача арестовали на 10 суток',
      'Блогер получил 15 суток',
      'У Ліўніцы трубача арыштавалі на 15 сутак',
      'На 12 сутак арыштавалі блогера',
    ]) {
      expect(events(title), title).toContain('sentence');
      if (!title.includes('получил')) expect(events(title), title).toContain('arrest');
    }
    expect(events('Трубача задержали в Ливнице')).not.toContain('sentence');
    expect(events('Трубача арестовали в Ливнице')).not.toContain('sentence');
  });

  it('knows "international" as a word of the news in three languages, never a given name', () => {
    for (const word of ['international', 'международного', 'міжнароднай'])
      expect(concept(word), word).toBe('international');
  });

  it('knows a central bank and its rate in three languages, and the ECB and the Fed apart', () => {
    for (const word of ['нацбанк', 'нацбанка', 'центробанк', 'цэнтрабанк'])
      expect(concept(word), word).toBe('central-bank');
    // Two banks' decisions are two stories: "ECB cuts" is not "Нацбанк снизил".
    for (const word of ['ecb', 'ецб']) expect(concept(word), word).toBe('ecb');
    for (const word of ['fed', 'фрс']) expect(concept(word), word).toBe('fed');
    const ecb = featuresOf('European Central Bank lowers deposit rate', '').titleTerms;
    expect(ecb).toContain('c:ecb');
    expect(featuresOf('Нацбанк снизил ставку', '').titleTerms).not.toContain('c:ecb');
    for (const word of ['rates', 'ставку', 'ставок', 'стаўку'])
      expect(concept(word), word).toBe('rate');
  });

  it('knows the Fed by name, an eruption and snow in three languages; snow is no event', () => {
    for (const word of ['erupted', 'volcano', 'извержение', 'вулкана', 'вывяржэнне'])
      expect(concept(word), word).toBe('erupt');
    for (const word of ['snowstorm', 'blizzard', 'снегопад', 'метели', 'снегу', 'мяцеліца'])
      expect(concept(word), word).toBe('snow');
    // A weather word a translation may not repeat tells no event (eventUnsaid): snow is a thing.
    expect(featuresOf('Early snowstorm leaves homes without power', '').titleEvents).toEqual([]);
    expect(concept('лавка')).toBeUndefined();
    const pair = featuresOf('Federal Reserve lowers rates again', '').titleTerms;
    expect(pair).toContain('c:fed');
  });

  it('knows a hunger strike by its verb in Russian and Belarusian, not hunger itself', () => {
    for (const word of ['голодает', 'голодовку', 'галадае', 'галадоўку'])
      expect(concept(word), word).toBe('hunger-strike');
    expect(concept('голод')).toBeUndefined();
  });

  it('matches stems only with an ending, not another word that starts alike', () => {
    expect(concept('страны')).toBe('country');
    expect(concept('странный')).toBeUndefined();
    expect(concept('diet')).toBeUndefined();
  });

  it('rejects a malformed line with a clear error', () => {
    expect(() => compileNewsLexicon(['verb die | die'])).toThrow(
      /clusterer: bad news-lexicon line/,
    );
  });
});

describe('number words', () => {
  it('reads numbers in words in three languages', () => {
    expect(readNumberWord('eleven')).toBe(11);
    expect(readNumberWord('одиннадцать')).toBe(11);
    expect(readNumberWord('адзінаццаць')).toBe(11);
    expect(readNumberWord('пятидесяти')).toBe(50);
    expect(readNumberWord('pyat')).toBeUndefined();
  });

  it('adds up compound numbers', () => {
    expect(sumNumberWords([20, 5])).toBe(25);
    expect(sumNumberWords([3, 100, 2, 1000])).toBe(302_000);
  });
});

describe('stemWord and detectGenre', () => {
  it('meets inflected forms at one stem', () => {
    expect(stemWord('Тихановского')).toBe(stemWord('Тихановский'));
    expect(stemWord('arrests')).toBe(stemWord('arrested'));
  });

  it('reads a question, a preview and a digest from the headline', () => {
    expect(detectGenre('Can Thailand rein in its mafia monks?')).toBe('explainer');
    expect(detectGenre('US and Iran to meet for second round of nuclear talks')).toBe('preview');
    expect(detectGenre('Riverton bank expected to cut rates on Thursday')).toBe('preview');
    expect(detectGenre('Zaretsk court set to rule on the appeal')).toBe('preview');
    expect(detectGenre('Нацбанк планирует снизить ставку')).toBe('preview');
    expect(detectGenre('Riverton bank cuts rates to 3%')).toBe('');
    expect(detectGenre('Flights cancelled due to storm')).toBe('');
    // What was tried, refused or ordered happened: a report, not a preview.
    expect(detectGenre('Five years for the man who tried to start a union in Zaretsk')).toBe('');
    expect(detectGenre('Zaretsk politician jailed for refusing to testify')).toBe('');
    expect(detectGenre('President orders government to hold down food prices')).toBe('');
    expect(detectGenre('Zaretsk union plans to start a strike on Monday')).toBe('preview');
    expect(detectGenre('Morning briefing: what you missed')).toBe('digest');
    expect(detectGenre('Vardo poet Lind has died. And, Brellin and Hethel set for talks')).toBe(
      'digest',
    );
    expect(detectGenre('Поэт Линд умер. А также: Зарецк и Брелин проведут переговоры')).toBe(
      'digest',
    );
    expect(detectGenre('Bread and butter: Vardo bakers strike')).toBe('');
    // An issue of a series, named by its date after a dash.
    expect(detectGenre('Puzzle solutions - February 27, 2026')).toBe('digest');
    expect(detectGenre('Riverton Today – 17 February 2026')).toBe('digest');
    expect(detectGenre('Новости Зарецка — 5 марта 2026 года')).toBe('digest');
    expect(detectGenre('Zaretsk court sets trial for March 5, 2026')).toBe('');
    expect(detectGenre('Заседание суда перенесли — на 5 марта')).toBe('');
    expect(detectGenre('WHO declares outbreak over')).toBe('');
    expect(detectGenre('All About Anna Lidek, The Youngest Minister In Ruritania')).toBe('profile');
    expect(detectGenre('Ruritania minister says all about the budget is settled')).toBe('');
  });

  it('reads watch, listen, video and photos as a label, not as a noun or a subject', () => {
    expect(detectGenre('Watch: moment crew docks at the Zaretsk station')).toBe('video');
    expect(detectGenre('WATCH: Zaretsk buried under record snowfall')).toBe('video');
    expect(detectGenre('Watch as crowds gather in Zaretsk square')).toBe('video');
    expect(detectGenre('Video: flooding in central Zaretsk')).toBe('video');
    expect(detectGenre('Photos: Zaretsk under snow')).toBe('gallery');
    expect(detectGenre('Photos from the Zaretsk carnival')).toBe('gallery');
    // A watch repairer is a trade; a video game a product; photos that show something, a report.
    expect(detectGenre('Watch repairer, 61, jailed in Zaretsk over march photos')).toBe('');
    expect(detectGenre('Video game studio in Zaretsk lays off 200')).toBe('');
    expect(detectGenre('Photos show Zaretsk buried under snow as cars vanish')).toBe('');
  });

  it('reads a decision still being weighed as a preview, and a meeting or its outcome as a report', () => {
    expect(detectGenre('Zaretsk council weighs a ban on night buses')).toBe('preview');
    expect(detectGenre('Ruritania is considering a curfew')).toBe('preview');
    expect(detectGenre('Партия обсуждает исключение двух депутатов')).toBe('preview');
    expect(detectGenre('Гарсавет абмяркоўвае павышэнне тарыфаў')).toBe('preview');
    expect(detectGenre('Партия исключила двух депутатов')).toBe('');
    expect(detectGenre('Премьер обсуждает с коллегой поставки газа')).toBe('');
    expect(detectGenre('Совет обсудил исключение депутатов')).toBe('');
  });

  it('reads what to expect of a decision as an explainer, and a decision ahead as a preview', () => {
    expect(detectGenre('Zaretsk bank set for rate decision on Thursday: what to expect')).toBe(
      'explainer',
    );
    expect(detectGenre('Чего ждать от заседания Нацбанка')).toBe('explainer');
    expect(detectGenre('Чаго чакаць ад пасяджэння Нацбанка')).toBe('explainer');
    expect(detectGenre('Zaretsk council set for a vote on night buses')).toBe('preview');
    expect(detectGenre('Parliament braced for crucial vote on the budget')).toBe('preview');
    expect(detectGenre('Zaretsk bank cuts rates to 3.5% as inflation eases')).toBe('');
    expect(detectGenre('Record set for the longest flight')).toBe('');
    expect(detectGenre('Zaretsk bank preview: hold expected, but watch the vote')).toBe('preview');
    expect(detectGenre('PREVIEW-Inflation seen edging up in October')).toBe('preview');
    expect(detectGenre('Анонс: что покажут на фестивале в Зарецке')).toBe('preview');
    expect(detectGenre('Film previews draw crowds in Riverton')).toBe('');
  });

  it("reads a backgrounder — a wire's label, the history of something — as an explainer", () => {
    expect(detectGenre('Timeline: the Riverton dam from plans to collapse')).toBe('explainer');
    expect(detectGenre('Factbox - Who sits on the Zaretsk council')).toBe('explainer');
    expect(detectGenre('Справка: как устроен городской совет Зарецка')).toBe('explainer');
    expect(detectGenre('Даведка: як працуе гарадскі савет')).toBe('explainer');
    expect(detectGenre("Ivan Petrov and Ruritania's history of poisonings")).toBe('explainer');
    expect(detectGenre('A brief history of the Riverton dam')).toBe('explainer');
    expect(detectGenre('Краткая история зарецкого моста')).toBe('explainer');
    expect(detectGenre('Man with a history of violence charged over Riverton attack')).toBe('');
    expect(detectGenre('Court brands history of the 1905 strike "extremist"')).toBe('');
    expect(detectGenre('Council rejects plan and its four-month timeline')).toBe('');
    expect(detectGenre('История болезни: в Зарецке закрыли больницу')).toBe('');
  });

  it('reads an item announcing footage as a video, and a report of the event as a report', () => {
    expect(detectGenre('Появилось видео закладки камня в Зарецке')).toBe('video');
    expect(detectGenre('Video emerges of the bridge collapse')).toBe('video');
    expect(detectGenre('В Зарецке заложили камень на месте будущего памятника')).toBe('');
    expect(detectGenre('Bridge collapses after flood, video of rescue to follow')).toBe('');
  });

  it('reads a podcast label as a video, and a report about a podcast as a report', () => {
    expect(detectGenre('The week the Riverton dam broke – podcast')).toBe('video');
    expect(detectGenre('Riverton at Night: The Podcast')).toBe('video');
    expect(detectGenre('Podcast | The Riverton dam')).toBe('video');
    expect(detectGenre('The Riverton dam (podcast)')).toBe('video');
    expect(detectGenre('Mayor clarifies his podcast comment on the Riverton dam')).toBe('');
    expect(detectGenre('Court bans Riverton podcast as extremist')).toBe('');
  });

  it('reads a report with a hook after its dash or colon as a report, a label before it as an explainer', () => {
    expect(detectGenre('Riverton bank trims rates – what it means for your mortgage')).toBe('');
    expect(detectGenre('Priest Arrested Right After Mass — Because of What He Said?')).toBe('');
    expect(detectGenre('Суд в Зарецке приговорил блогера к году: что известно')).toBe('');
    expect(detectGenre('What it means for your mortgage')).toBe('explainer');
    expect(detectGenre('Explainer: how a donation became a crime')).toBe('explainer');
    expect(detectGenre('Riverton Games: what you need to know')).toBe('explainer');
    expect(detectGenre('Why did the bank cut rates — and what comes next?')).toBe('explainer');
    expect(detectGenre('Is the Riverton dam safe? What we know')).toBe('explainer');
  });

  it('reads a genre in any case, and in letters that only case folding makes Latin or Cyrillic', () => {
    expect(detectGenre('LIVE UPDATES: Flood reaches the Riverton dam')).toBe('live');
    expect(detectGenre('PODCAST: the week in Riverton')).toBe('video');
    // ſ is a long s and ᲃ a rounded Cyrillic с: toLowerCase keeps them, the patterns fold them.
    expect(detectGenre('Podcaſt of the week')).toBe('video');
    expect(detectGenre('Что извеᲃтно о наводнении в Зарецке')).toBe('explainer');
    expect(detectGenre('Flood reaches the Riverton dam')).toBe('');
  });
});
