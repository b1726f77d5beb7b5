import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/choose-story.js';
import { extractDates, newsDates } from '../../src/clusterer/extract-dates.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { dateConflict } from '../../src/clusterer/measure-facts.js';
import {
  listPlaceMentions,
  readPlaceAdjective,
  readPlaceRoot,
} from '../../src/clusterer/place-roots.js';
import { extractQuotedNames } from '../../src/clusterer/quoted-names.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { makeEntry } from './make-entry.js';

const DAY = '2025-03-11T08:00:00Z';
const threshold = DEFAULT_CLUSTER_OPTIONS.threshold;

function features(title: string, text: string) {
  return fingerprintEntry(makeEntry({ title, text, publishedAt: DAY, contentHash: title + text }))
    .features;
}

describe('place roots', () => {
  it('brings a place, its adjective and its people to one root (made-up places)', () => {
    const root = readPlaceRoot('Зарецк');
    expect(readPlaceAdjective('Зарецкие')).toBe(readPlaceRoot('Зарецкой'));
    expect(readPlaceAdjective('Зареченцы')).toBe(readPlaceRoot('Заречье'));
    expect(readPlaceRoot('Зарецкой')).toBe(root);
    expect(readPlaceAdjective('Мирградцам')).toBe(readPlaceRoot('Мирграде'));
  });

  it('gives a place in Latin letters the root of its Cyrillic name and adjective (made-up places)', () => {
    // -sk as -ск, and -tsk as -цк with its ц kept.
    expect(readPlaceRoot('Elninsk')).toBe(readPlaceRoot('Ельнинск'));
    expect(readPlaceRoot('Elninsk')).toBe(readPlaceAdjective('ельнинских'));
    expect(readPlaceRoot('Zaretsk')).toBe(readPlaceRoot('Зарецке'));
    expect(readPlaceRoot('Zaretsk')).toBe(readPlaceAdjective('зарецкая'));
    // A stem under three letters keeps its -sk: Osk is no place "o".
    expect(readPlaceRoot('Osk')).toBe(readPlaceRoot('Оск'));
  });

  it('reads no place in a word without an adjective or people ending', () => {
    expect(readPlaceAdjective('Полиция')).toBeUndefined();
    expect(readPlaceAdjective('отцы')).toBeUndefined();
  });

  it('reads each part of a hyphenated word, capitalised in any script, as a place mention', () => {
    const words = ['Зарецк-на-Мирграде', 'Ёлкинск', 'Riverton', 'мирградцы', 'полиция', 'Оз'];
    const tokens = words.map((word) => ({ word, sentenceStart: false }));
    expect(listPlaceMentions(tokens, 48)).toEqual([
      readPlaceRoot('Зарецк'),
      readPlaceRoot('Мирграде'),
      readPlaceRoot('Елкинск'),
      readPlaceRoot('Riverton'),
    ]);
    expect(listPlaceMentions([{ word: '-Зарецк--Riverton-', sentenceStart: true }], 48)).toEqual([
      readPlaceRoot('Зарецк'),
      readPlaceRoot('Riverton'),
    ]);
  });
});

describe('quoted names and dates', () => {
  it('reads short capitalised quoted stretches as names, not quoted speech', () => {
    expect(
      extractQuotedNames('Голосуйте за «Лучший кадр», а не «мы не отступим никогда и нигде»', 4),
    ).toEqual(['лучш+кадр']);
    expect(extractQuotedNames('Кто раздавал «пропуска»', 4)).toEqual([]);
  });

  it('reads dates written day-month and month-day, in three languages', () => {
    expect(
      extractDates('За сутки, 8 мая, и 15-го ноября; 3 лістапада; May 4 and 9 June', 8),
    ).toEqual(['5-8', '11-15', '11-3', '5-4', '6-9']);
  });

  it('reads a holiday of a fixed date as its date, without a number or a month', () => {
    expect(extractDates('Парад ко Дню Победы; Дзень Перамогі', 4)).toEqual(['5-9']);
    expect(extractDates("Fireworks on New Year's Eve, snow on Christmas Day", 4)).toEqual([
      '12-31',
      '12-25',
    ]);
    expect(extractDates('Победы в чемпионате, день за днём', 4)).toEqual([]);
  });

  it('reads every month in English, Russian and Belarusian', () => {
    const months = [
      'January февраля сакавіка Apr мая чэрвеня July августа верасня Oct лістапада декабря',
      'Jan Feb марта красавіка траўня июня ліпеня Aug Sept кастрычніка ноября снежня',
      'студзеня лютага сакавіка красавіка траўня чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня',
    ];
    for (const text of months) {
      const dated = text
        .split(' ')
        .map((month) => `2 ${month}`)
        .join(', ');
      expect(extractDates(dated, 12)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}-2`));
    }
    expect(extractDates('Talks on SEPT. 12, a vote on Dec\n3rd', 4)).toEqual(['9-12', '12-3']);
  });

  it('reads a holiday in any case, and with letters that fold to Latin or Cyrillic ones', () => {
    expect(extractDates('HALLOWEEN PARADE; ДЕНЬ ЗАЩИТЫ ДЕТЕЙ; V-E Day', 4)).toEqual([
      '10-31',
      '6-1',
      '5-8',
    ]);
    // ſ folds to s and ᲁ to д in a case-insensitive pattern, but toLowerCase keeps them.
    expect(extractDates('Chriſtmas Eve', 2)).toEqual(['12-24']);
    expect(extractDates('ᲁень Победы', 2)).toEqual(['5-9']);
  });

  it('keeps the dates that can be the day of the news, and drops the background weeks before', () => {
    const published = '2026-11-27T05:10:00Z';
    // the verdict of the 26th, the arrest on 3 November, a hearing set for 2 December
    expect(newsDates(['11-26', '11-3', '12-2'], published)).toEqual(['11-26', '12-2']);
    expect(newsDates(['11-24', '11-23'], published)).toEqual(['11-24']);
    // across the new year: 30 December is three days before 2 January
    expect(newsDates(['12-30', '12-1'], '2027-01-02T08:00:00Z')).toEqual(['12-30']);
    expect(newsDates(['11-3'], '')).toEqual(['11-3']);
  });

  it('does not keep a verdict apart from its copy for the arrest date one of them recalls', () => {
    const verdict = (text: string, publishedAt: string) =>
      makeEntry({ title: 'Zaretsk teacher jailed for a donation', text, publishedAt });
    const a = fingerprintEntry(
      verdict('On 26 November a court in Zaretsk sentenced the teacher.', '2026-11-26T13:00:00Z'),
    );
    const b = fingerprintEntry(
      verdict(
        'The teacher, detained on 3 November, was sentenced in Zaretsk.',
        '2026-11-27T05:00:00Z',
      ),
    );
    const c = fingerprintEntry(
      verdict('The teacher was sentenced in Zaretsk on 3 November.', '2026-11-03T15:00:00Z'),
    );
    expect(dateConflict(a.features, b.features)).toBe(0);
    // the same report a day of its own, three weeks earlier: another session of the court
    expect(dateConflict(a.features, c.features)).toBe(1);
  });
});

describe('headline facts keep a template apart', () => {
  it('keeps one report about another region apart when regions are named by adjective or people', () => {
    const a = features(
      'Почтальоны Зарецкой области доставят открытки ветеранам с 6 по 8 числа',
      'Сотрудники почты в Зарецкой области доставят ветеранам открытки от губернатора с 6 по 8 число.',
    );
    const b = features(
      'Мирградцы-ветераны получат открытки от почтальонов с 6 по 8 числа',
      'Сотрудники почты в Мирградской области доставят ветеранам открытки от губернатора с 6 по 8 число.',
    );
    const result = scorePair(a, b);
    expect(result.measures?.placeConflict).toBe(1);
    expect(result.signals[0]).toBe('other-places');
    expect(result.score).toBeLessThanOrEqual(threshold);
  });

  it('keeps two categories of one contest apart', () => {
    const a = features(
      'Голосуйте за участников фотоконкурса «Утренний туман»',
      'Началось голосование в нашем фотоконкурсе «Утренний туман». Итоги конкурса подведём в пятницу.',
    );
    const b = features(
      'Голосуйте за фото в конкурсе «Зимний лес»',
      'Началось голосование в нашем фотоконкурсе «Зимний лес». Итоги конкурса подведём в пятницу.',
    );
    const result = scorePair(a, b);
    expect(result.measures?.quoteConflict).toBe(1);
    expect(result.score).toBeLessThanOrEqual(threshold);
  });

  it('keeps a daily count of another day apart, but not reports a day apart', () => {
    const count = (day: string) =>
      features(
        'За сутки в области ранены четверо рабочих',
        `За сутки, ${day} мая, в области ранены четверо рабочих завода, сообщили спасатели.`,
      );
    const apart = scorePair(count('8'), count('11'));
    expect(apart.measures?.dateConflict).toBe(1);
    expect(apart.score).toBeLessThanOrEqual(threshold);
    expect(scorePair(count('8'), count('9')).measures?.dateConflict).toBe(0);
  });

  it('keeps a city index of a dated day apart from the same index of a holiday', () => {
    const dated = features(
      'Зарецк показал худший результат по индексу самоизоляции',
      'По данным аналитиков, на 4 мая Зарецк занимает последнее место по индексу самоизоляции.',
    );
    const holiday = features(
      'Зарецк оказался на последнем месте по индексу самоизоляции в День Победы',
      'Зарецк оказался на последнем месте по индексу самоизоляции в День Победы, по данным аналитиков.',
    );
    const result = scorePair(dated, holiday);
    expect(result.measures?.dateConflict).toBe(1);
    expect(result.score).toBeLessThanOrEqual(threshold);
  });

  it('reads a quoted name in a translation as no conflict', () => {
    const a = features('Клуб «Речной волк» выиграл кубок', 'Клуб «Речной волк» выиграл кубок.');
    const b = features('Клуб «Рачны воўк» выйграў кубак', 'Клуб «Рачны воўк» выйграў кубак.');
    expect(
      scorePair({ ...a, language: 'ru' }, { ...b, language: 'be' }).measures?.quoteConflict,
    ).toBe(0);
  });

  it('keeps headlines in two languages that tell different events apart, not a translation', () => {
    const freed = features(
      'Court frees activist Vikjak Belnikson in Riverton',
      'A court in Riverton freed activist Vikjak Belnikson on Tuesday after eight months.',
    );
    const detained = features(
      'В Ривертоне задержан активист Викяк Бельниксон',
      'В Ривертоне во вторник задержан активист Викяк Бельниксон.',
    );
    const released = features(
      'В Ривертоне суд освободил активиста Викяка Бельниксона',
      'Суд в Ривертоне во вторник освободил активиста Викяка Бельниксона после восьми месяцев.',
    );
    const apart = scorePair(freed, detained);
    expect(apart.measures?.crossEventConflict).toBe(1);
    expect(apart.signals[0]).toBe('other-events');
    expect(apart.score).toBeLessThanOrEqual(threshold);
    const translation = scorePair(freed, released);
    expect(translation.measures?.crossEventConflict).toBe(0);
    expect(translation.score).toBeGreaterThan(threshold);
  });

  it('keeps the legal step after an incident apart from the incident, not a copy of either', () => {
    const crash = features(
      'Легковушка влетела в дерево под Зарецком — погибли два пассажира',
      'Под Зарецком ночью легковушка влетела в дерево и загорелась, погибли два пассажира, водитель выжил.',
    );
    const remanded = features(
      'Водителя из Зарецка взяли под стражу: он сел за руль пьяным',
      'Водитель, по вине которого под Зарецком погибли два пассажира, взят под стражу, сообщили в полиции.',
    );
    const apart = scorePair(crash, remanded);
    expect(apart.measures?.followUp).toBe(1);
    expect(apart.signals[0]).toBe('follow-up');
    expect(apart.score).toBeLessThanOrEqual(threshold);
    // A copy of the crash that says the driver was then arrested tells the step too: no follow-up.
    const told = features(
      'Two passengers die as car hits tree near Zaretsk',
      'Two passengers died when a car hit a tree near Zaretsk; the driver was arrested.',
    );
    expect(scorePair(told, remanded).measures?.followUp).toBe(0);
    // A headline that tells both the step and the incident is no follow-up of the incident.
    const both = features(
      'Водителя взяли под стражу после ДТП, в котором погибли два пассажира',
      'Под Зарецком водитель взят под стражу после аварии, в которой погибли два пассажира.',
    );
    expect(scorePair(crash, both).measures?.followUp).toBe(0);
  });

  it('keeps the reopening after a closure apart from the closure', () => {
    const closed = features(
      'Landslide shuts Zaretsk pass road to the border',
      'A landslide closed the only road over the Zaretsk pass on Tuesday, stranding hundreds of lorries.',
    );
    const reopened = features(
      'Zaretsk pass road reopens after landslide',
      'The road over the Zaretsk pass reopened on Friday after crews cleared the landslide that closed it.',
    );
    const apart = scorePair(closed, reopened);
    expect(apart.measures?.followUp).toBe(1);
    expect(apart.signals[0]).toBe('follow-up');
    // A report of the closure that tells when the road will reopen tells that news too.
    const told = features(
      'Landslide shuts Zaretsk pass road to the border',
      'A landslide closed the road on Tuesday; officials say it will reopen by Friday.',
    );
    expect(scorePair(told, reopened).measures?.followUp).toBe(0);
  });

  it('keeps a preview apart from the outcome published later or telling a number it never gave', () => {
    const preview = features(
      'Zaretsk central bank expected to cut rates again on Thursday',
      'Most economists expect the Central Bank of Zaretsk to lower its key rate by half a point to 7% on Thursday, after inflation fell to 4.2% in May.',
    );
    const outcome = features(
      'Zaretsk central bank cuts key rate to 6.5%, more than expected',
      'The Central Bank of Zaretsk cut its key rate by a full percentage point to 6.5% on Thursday, saying inflation, at 4.2% in May, had slowed faster than expected.',
    );
    const apart = scorePair(preview, outcome);
    expect(apart.measures?.outcomeOfPreview).toBe(1);
    expect(apart.signals[0]).toBe('preview-and-outcome');
    expect(apart.score).toBeLessThanOrEqual(threshold);
    // A preview that gives the figure the report tells is measured by the model, not kept apart.
    const foretold = features(
      'Zaretsk central bank expected to cut rates again on Thursday',
      'Most economists expect the Central Bank of Zaretsk to lower its key rate to 6.5% on Thursday.',
    );
    expect(scorePair(foretold, outcome).measures?.outcomeOfPreview).toBe(0);
    // The same preview published the day before is the outcome's preview, figure foreseen or not.
    const dayBefore = fingerprintEntry(
      makeEntry({
        title: 'Zaretsk central bank expected to cut rates again on Thursday',
        text: 'Most economists expect the Central Bank of Zaretsk to lower its key rate to 6.5% on Thursday.',
        publishedAt: '2025-03-10T08:00:00Z',
      }),
    ).features;
    const foreseen = scorePair(dayBefore, outcome);
    expect(foreseen.measures?.outcomeOfPreview).toBe(1);
    expect(foreseen.signals[0]).toBe('preview-and-outcome');
    // Two reports of the outcome are no preview and its outcome.
    const copy = features(
      'Zaretsk central bank lowers key rate to 6.5%',
      'The Central Bank of Zaretsk lowered its key rate to 6.5% on Thursday.',
    );
    expect(scorePair(copy, outcome).measures?.outcomeOfPreview).toBe(0);
  });
});
