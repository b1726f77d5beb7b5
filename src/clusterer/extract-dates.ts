/**
 * Calendar dates a text names ("8 мая", "15 лістапада", "May 8", "8 November"), as `month-day`.
 * A daily count, a forecast or a session of one day is told again the next day with other figures
 * and the same words; the date is what tells them apart. Years are left out (a date without one is
 * the common case), and so are weekdays and "today": they say nothing once the day has passed.
 * A holiday of a fixed date ("Victory Day", "День Победы", "New Year's Eve") is its date.
 */

const MONTHS: [RegExp, number][] = [
  [/^(?:january|jan|январ[ьяюе]|студзен[ьяю])$/u, 1],
  [/^(?:february|feb|феврал[ьяюе]|лют(?:ы|ага|аму|ым))$/u, 2],
  [/^(?:march|mar|март[аеу]?|сакавік[аў]?)$/u, 3],
  [/^(?:april|apr|апрел[ьяюе]|красавік[аў]?)$/u, 4],
  [/^(?:may|ма[йяюе]|траўн[яюе]|травен[ья])$/u, 5],
  [/^(?:june|jun|июн[ьяюе]|чэрвен[ья]|чэрвеня)$/u, 6],
  [/^(?:july|jul|июл[ьяюе]|ліпен[ья]|ліпеня)$/u, 7],
  [/^(?:august|aug|август[аеу]?|жніўн[яюе]|жнівен[ья])$/u, 8],
  [/^(?:september|sept|sep|сентябр[ьяюе]|верас[ньяю]+)$/u, 9],
  [/^(?:october|oct|октябр[ьяюе]|кастрычнік[аў]?)$/u, 10],
  [/^(?:november|nov|ноябр[ьяюе]|лістапад[аеу]?)$/u, 11],
  [/^(?:december|dec|декабр[ьяюе]|снеж[ньяю]+)$/u, 12],
];
const DAY_MONTH = /(?<![\p{L}\d])(\d{1,2})(?:-?(?:го|е|st|nd|rd|th))?\s+(\p{L}{3,10})/gu;
const MONTH_DAY = /(?<![\p{L}\d])(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])/gu;

/** The month (1–12) a month word names in English, Russian or Belarusian, any case. */
export function readMonth(word: string): number | undefined {
  const lower = word.toLowerCase();
  for (const [pattern, month] of MONTHS) if (pattern.test(lower)) return month;
  return undefined;
}

/** Russian and Belarusian "day" in any case ("День Победы", "Дня Победы", "Днём Победы"). */
const DAY_RU = '(?:день|дня|дню|днем|днём|дне|дзень|дні)';
/** Holidays of one fixed date, in the three languages; movable feasts are left out. */
const HOLIDAYS: [RegExp, string][] = [
  [/\bnew year'?s eve\b|новогодн\p{L}* ноч|навагодн\p{L}* ноч/giu, '12-31'],
  [/\bnew year'?s day\b/giu, '1-1'],
  [/\bchristmas eve\b/giu, '12-24'],
  [/\bchristmas day\b/giu, '12-25'],
  [
    new RegExp(
      String.raw`\bvalentine'?s day\b|${DAY_RU} (?:святого валентина|святога валянціна)`,
      'giu',
    ),
    '2-14',
  ],
  [/\bhalloween\b|хэллоуин|хэлоўін/giu, '10-31'],
  [new RegExp(String.raw`\bvictory day\b|${DAY_RU} (?:победы|перамогі)`, 'giu'), '5-9'],
  [/\bv-?e day\b/giu, '5-8'],
  [new RegExp(`${DAY_RU} (?:знаний|ведаў)`, 'giu'), '9-1'],
  [new RegExp(`${DAY_RU} защиты детей`, 'giu'), '6-1'],
  [new RegExp(`${DAY_RU} защитника отечества`, 'giu'), '2-23'],
  [new RegExp(`${DAY_RU} народного единства`, 'giu'), '11-4'],
  [
    new RegExp(
      String.raw`международн\p{L}* женск\p{L}* ${DAY_RU}|\binternational women'?s day\b`,
      'giu',
    ),
    '3-8',
  ],
  [/первома[йяюе]|першама[йяю]/giu, '5-1'],
];

/**
 * A piece every holiday pattern holds one of: most texts have none, and then no pattern is run.
 * Looked for in one expression with the patterns' own case folding (ANY_HOLIDAY_WORD), so any
 * text a pattern matches holds one.
 */
const HOLIDAY_WORDS = [
  'new year',
  'новогодн',
  'навагодн',
  'christmas',
  'valentine',
  'валентин',
  'валянцін',
  'halloween',
  'хэллоуин',
  'хэлоўін',
  'victory',
  'победы',
  'перамогі',
  've day',
  'v-e day',
  'знаний',
  'ведаў',
  'защиты детей',
  'защитника отечества',
  'народного единства',
  'женск',
  'women',
  'первома',
  'першама',
];
const ANY_HOLIDAY_WORD = new RegExp(HOLIDAY_WORDS.join('|'), 'iu');

/** Any month word at all: most leads name none, and then nothing more is read. */
const ANY_MONTH =
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|траўн|травен|чэрвен|ліпен|жні|верас|кастрычнік|лістапад|снеж/iu;

/**
 * A month word followed by a number: what MONTH_DAY reads, as one cheaper test (every month form
 * begins with an ANY_MONTH stem, and toLowerCase makes no stem letter the fold would not), run
 * before it; most texts with numbers have none.
 */
const MONTH_THEN_NUMBER = new RegExp(String.raw`(?:${ANY_MONTH.source})\p{L}*\.?\s+\d`, 'iu');

/** The dates of `text` as `month-day`, distinct, in order, at most `max`. */
export function extractDates(text: string, max: number): string[] {
  const found: { at: number; date: string }[] = [];
  if (ANY_HOLIDAY_WORD.test(text))
    for (const [pattern, date] of HOLIDAYS)
      for (const match of text.matchAll(pattern)) found.push({ at: match.index, date });
  if (!/\d/u.test(text) || !ANY_MONTH.test(text)) return sortDates(found, max);
  const patterns = MONTH_THEN_NUMBER.test(text) ? [DAY_MONTH, MONTH_DAY] : [DAY_MONTH];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const dayFirst = pattern === DAY_MONTH;
      const day = Number(dayFirst ? match[1] : match[2]);
      const month = readMonth((dayFirst ? match[2] : match[1]) ?? '');
      if (month === undefined || day < 1 || day > 31) continue;
      found.push({ at: match.index, date: `${month}-${day}` });
    }
  }
  return sortDates(found, max);
}

function sortDates(found: { at: number; date: string }[], max: number): string[] {
  found.sort((x, y) => x.at - y.at);
  return [...new Set(found.map(({ date }) => date))].slice(0, max);
}

/** How many days before its publication a date may lie and still be the day of the news. */
const NEWS_DAYS_BEFORE = 3;

/**
 * The dates that can be the day of the news itself: those at most NEWS_DAYS_BEFORE days before
 * the publication, or after it (a forecast, a hearing set for a day). A date weeks before is the
 * background ("detained on 3 November", told in the verdict's report of the 27th): two copies
 * that recall different earlier days still report one event. All of them when the publication
 * time is unknown.
 */
export function newsDates(dates: string[], publishedAt: string): string[] {
  const published = new Date(publishedAt);
  if (Number.isNaN(published.getTime())) return dates;
  const today = dayOfYear(`${published.getUTCMonth() + 1}-${published.getUTCDate()}`);
  return dates.filter((date) => {
    const before = (today - dayOfYear(date) + 365) % 365;
    return before <= NEWS_DAYS_BEFORE || before > 182;
  });
}

/** The day of the year (0–364, 29 February as 1 March) of a `month-day` date. */
export function dayOfYear(date: string): number {
  const [month = 0, day = 0] = date.split('-').map(Number);
  return (Date.UTC(2001, month - 1, day) - Date.UTC(2001, 0, 1)) / 86_400_000;
}
