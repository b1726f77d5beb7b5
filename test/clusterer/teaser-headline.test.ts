import { describe, expect, it } from 'vitest';
import { isTeaser } from '../../src/clusterer/detect-teaser.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { makeEntry } from './make-entry.js';

/* Made-up headlines, people and places. */
describe('isTeaser', () => {
  it('reads clickbait headlines as teasers', () => {
    expect(isTeaser('She swam 30km further than anyone ever has in Lake Vardo')).toBe(true);
    expect(isTeaser('Astronomers just found ICE on a moon 40 light years away', 'the ice')).toBe(
      true,
    );
    expect(isTeaser('A new battery lasts a month — but there’s a catch')).toBe(true);
    expect(isTeaser('Huge hail and 120km/h gusts: the terrifying storm over Brellin')).toBe(true);
    expect(isTeaser('Вы не поверите, сколько стоит билет в Зареченск')).toBe(true);
    expect(isTeaser('Они прожили в лесу три года')).toBe(true);
    expect(isTeaser('Ён прабег марафон хутчэй за ўсіх')).toBe(true);
  });

  it('reads mystery, the reader addressed, a shouted number and a speculation as teasers', () => {
    expect(isTeaser('The mysterious lights over Lake Vardo')).toBe(true);
    expect(isTeaser('Таинственный сигнал из космоса')).toBe(true);
    expect(isTeaser('This Ancient Map Will Change How You See Us')).toBe(true);
    expect(isTeaser('A Comet Travelled 3 MILLION Kilometres', 'the comet')).toBe(true);
    expect(isTeaser('Vardo Poet Arrested Abroad — Could Be Sent Home')).toBe(true);
    expect(isTeaser('Farmer’s Field Was Hiding a NORSE SHIP All Along', 'a Norse ship')).toBe(true);
    expect(isTeaser('He Fled Vardo Four Years Ago. Now He Could Be Sent Back')).toBe(true);
    expect(isTeaser('Farmers Had No Idea What Lay Under Their Field')).toBe(true);
    expect(isTeaser('“They Can’t Reach Me, So They Go After My Parents”')).toBe(true);
    expect(isTeaser('«Мы не остановимся»')).toBe(true);
    expect(isTeaser('The Poet Landed for a Reading. Police Were Waiting at the Gate')).toBe(true);
    expect(isTeaser('Учительница отправила 20 евро. Теперь ей грозит пять лет')).toBe(true);
  });

  it('reads someone pointed at as "the man who" as a teaser, not an apposition to a name', () => {
    expect(isTeaser('Five years for the man who tried to start a union in Vardo')).toBe(true);
    expect(isTeaser('Who is the unknown runner who stunned Brellin?')).toBe(true);
    expect(isTeaser('The woman who brought kindergartens to Vardo')).toBe(true);
    expect(isTeaser('Jan Brell, the man who built the Vardo bridge, dies at 90')).toBe(false);
    expect(isTeaser('Man who set fire to Vardo depot jailed for five years')).toBe(false);
  });

  it('reads a headline pointing at what it does not name as a teaser, not a time or "this is"', () => {
    expect(isTeaser('This new satellite can see through clouds and darkness')).toBe(true);
    expect(isTeaser('Этот город закрыл свой главный мост')).toBe(true);
    expect(isTeaser('Гэты настаўнік вярнуўся праз 30 гадоў')).toBe(true);
    expect(isTeaser('This year Vardo harvest falls 18%')).toBe(false);
    expect(isTeaser('This week the Brellin council votes on buses')).toBe(false);
    expect(isTeaser('This is the Vardo budget for 2027')).toBe(false);
    expect(isTeaser('Thistle farmers protest in Vardo')).toBe(false);
  });

  it('reads a demonstrative later in the headline, an opening exclamation, disbelief and "right now"', () => {
    expect(isTeaser('There’s a Whole Norse Ship Hidden Under This Farmer’s Field')).toBe(true);
    expect(isTeaser('He gave 50 euros. Now this teacher is going to prison')).toBe(true);
    expect(isTeaser('Ghost ship! 380-year-old vessel found upright off Vardo')).toBe(true);
    expect(isTeaser('Divers Opened the Hold and Couldn’t Believe What Was Inside')).toBe(true);
    expect(isTeaser('A Visitor From Another Star Is Racing Past Us Right Now')).toBe(true);
    // A time, a weekday or "this is" is no pointing; an exclamation
    // that ends a whole statement is no opener.
    expect(isTeaser('Vardo council to vote on night buses this Sunday')).toBe(false);
    expect(isTeaser('Brellin mayor says this is the last budget of the term')).toBe(false);
    expect(isTeaser('Vardo flood defences hold for the first time this season')).toBe(false);
    expect(isTeaser('Anna Belnik wins her first title in Brellin at last!')).toBe(false);
  });

  it('leaves plain reports, acronyms and "just" as "only" alone', () => {
    expect(isTeaser('Storm Idris kills two in Brellin, cuts power to 50,000 homes')).toBe(false);
    expect(isTeaser('NATO and the ECB meet in Vardo', 'nato members')).toBe(false);
    expect(isTeaser('Turnout was just 31% in the Vardo by-election')).toBe(false);
    expect(isTeaser('Hethel council approves new bridge')).toBe(false);
    expect(isTeaser('В Зареченске открыли новый мост')).toBe(false);
    // "Яна" is a woman's name before a surname, the pronoun "she" before a verb.
    expect(isTeaser('Яна Сямёнава выйшла ў чвэрцьфінал')).toBe(false);
    expect(isTeaser('Яна вярнулася дадому праз дзесяць гадоў')).toBe(true);
    expect(isTeaser('Она вернулась домой через десять лет')).toBe(true);
    expect(isTeaser('Vardo imposes tariffs on US')).toBe(false);
    expect(isTeaser('Gov. Lind signs Vardo budget; Sen. Ross objects')).toBe(false);
    expect(isTeaser('U.S. releases new details on Vardo test')).toBe(false);
    expect(isTeaser('“We will not stop”, says Vardo opposition leader')).toBe(false);
    expect(isTeaser('Vardo may face snap election, minister says')).toBe(false);
    expect(isTeaser('Budget of 3 million for Vardo roads')).toBe(false);
  });

  it('reads "just" before any verb of the past, "here\'s what", a question after a dash and a miracle', () => {
    expect(isTeaser('Scientists Just Dug Up a Turtle as Long as a Bus')).toBe(true);
    expect(isTeaser('Vardo just freed 12 prisoners')).toBe(true);
    expect(isTeaser('Vardo Court Jails Poet — Here’s What He Wrote')).toBe(true);
    expect(isTeaser('Vardo frees 12 prisoners — here is who walked out')).toBe(true);
    expect(isTeaser('A new battery lasts a month. Here’s the catch')).toBe(true);
    expect(isTeaser('Vardo Leader Frees 12 Prisoners — What Did Brellin Promise?')).toBe(true);
    expect(isTeaser('This 23-year-old started 27th and won in Brellin')).toBe(true);
    expect(isTeaser('Sailor’s miracle rescue off Vardo')).toBe(true);
    // "just" as "only" or as fair; a question that is the whole headline, a colon's question; a
    // year after "this".
    expect(isTeaser('Just 12 of 40 Vardo prisoners freed')).toBe(false);
    expect(isTeaser('Vardo court rules the strike was just')).toBe(false);
    expect(isTeaser('Vardo farmers just need rain, minister says')).toBe(false);
    expect(isTeaser('Will Vardo cut rates on Thursday?')).toBe(false);
    expect(isTeaser('Vardo talks: what is next for the budget?')).toBe(false);
    expect(isTeaser('This 2027 budget cuts Vardo buses')).toBe(false);
  });

  it('does not read an acronym the lead also writes in capitals as emphasis', () => {
    expect(isTeaser('NATOS summit opens in Vardo', 'The NATOS summit opened')).toBe(false);
  });

  it('does not read a headline in capitals as emphasis', () => {
    expect(isTeaser('BRELLIN MAYOR RESIGNS AFTER AUDIT', 'the mayor resigns')).toBe(false);
  });
});

describe('a teaser against the report it rewrites', () => {
  const report = fingerprintEntry(
    makeEntry({
      title: "Norland's Vasko Treml breaks Vardo Marathon course record",
      text: 'Vasko Treml of Norland won the Vardo Marathon on Sunday in 2:03:41, breaking the course record by 16 seconds. Treml, 27, pulled clear of the field after 30 kilometres.',
    }),
  ).features;
  const teaser = fingerprintEntry(
    makeEntry({
      title: 'He ran 42km faster than anyone ever has in Vardo',
      text: 'Vasko Treml, 27, knocked 16 seconds off the course record. Watch his finish.',
    }),
  ).features;

  it('is read as a teaser', () => {
    expect(teaser.teaser).toBe(true);
    expect(report.teaser).toBe(false);
  });

  it("does not count the teaser's headline words, nor the report's the teaser leaves out", () => {
    const m = measurePair(report, teaser);
    expect(m.distinctMissing).toBe(0);
    expect(m.numberConflict).toBe(0);
  });

  it('does not count its first day apart, while two reports a day apart count one day', () => {
    // Moved later as it stands: no day its text names is read back from the new date.
    const later = (features: typeof report, days: number) => ({
      ...features,
      publishedAt: new Date(Date.parse(features.publishedAt) + days * 24 * 3_600_000).toISOString(),
      eventDays: [],
    });
    expect(measurePair(report, later(teaser, 1)).daysApart).toBe(0);
    expect(measurePair(report, later(teaser, 2)).daysApart).toBe(1);
    expect(measurePair(report, later(report, 1)).daysApart).toBe(1);
  });
});

describe('labels in capitals', () => {
  it('are genre labels, not emphasis', () => {
    expect(isTeaser('Медведь в Зареченском зоопарке поймал мяч (ВИДЕО)', 'видео с медведем')).toBe(
      false,
    );
    expect(isTeaser('PODCAST | THE INTERVIEW: a Vardo baker on her new shop', 'a podcast')).toBe(
      false,
    );
  });
});

describe('a Title-Case headline that holds back every name its lead gives', () => {
  const teaser = (title: string, text: string) =>
    fingerprintEntry(makeEntry({ title, text })).features.teaser;

  it('is a teaser', () => {
    expect(
      teaser(
        'Museum Experts Found a Secret Dog Hiding in an Old Painting',
        'Restorers at the Brellin Museum in Vardo found a spaniel painted out of a portrait.',
      ),
    ).toBe(true);
  });

  it('is not when the headline names someone or somewhere, or the lead names no one', () => {
    expect(
      teaser(
        'Museum Experts in Vardo Found a Hidden Dog in an Old Painting',
        'Restorers at the Brellin Museum in Vardo found a spaniel painted out of a portrait.',
      ),
    ).toBe(false);
    expect(
      teaser(
        'Brellin Museum Experts Found a Hidden Dog in an Old Painting',
        'Restorers at the Brellin Museum found a spaniel painted out of a portrait.',
      ),
    ).toBe(false);
    expect(
      teaser(
        'Museum Experts Found a Hidden Dog in an Old Painting',
        'Restorers found a spaniel painted out of a portrait.',
      ),
    ).toBe(false);
    // Not in Title Case: the headline's words are read as they are written.
    expect(
      teaser(
        'Museum experts found a hidden dog in an old painting',
        'Restorers at the Brellin Museum in Vardo found a spaniel painted out of a portrait.',
      ),
    ).toBe(false);
  });
});
