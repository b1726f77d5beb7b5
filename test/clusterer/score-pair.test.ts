import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/choose-story.js';
import { decideOnMeasures } from '../../src/clusterer/decide-on-measures.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import type { PairMeasures } from '../../src/clusterer/pair-measures.js';
import { SHIPPED_PAIR_MODEL } from '../../src/clusterer/pair-model.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import {
  FOLLOW_UP,
  OFFICIAL_REACTION,
  OTHER_TRIAL_SAME_DAY,
  TRIAL_ORIGINAL,
  TRIAL_REWRITE,
  TRIAL_RUSSIAN,
} from './made-up-stories.js';
import { makeEntry } from './make-entry.js';

const DAY = '2025-03-11T08:00:00Z';
const threshold = DEFAULT_CLUSTER_OPTIONS.threshold;

function features(story: { title: string; text: string }, publishedAt = DAY, url?: string) {
  return fingerprintEntry(makeEntry({ ...story, publishedAt, ...(url ? { url } : {}) })).features;
}

describe('scorePair: exact signals', () => {
  it('is certain for the same canonical URL, even through AMP and mobile variants', () => {
    const a = features(TRIAL_ORIGINAL, DAY, 'https://news.example/2025/03/11/kovalchuk');
    const b = features(
      OTHER_TRIAL_SAME_DAY,
      DAY,
      'https://m.news.example/2025/03/11/kovalchuk/amp/',
    );
    expect(scorePair(a, b)).toEqual({ score: 1, signals: ['same-url'] });
  });

  it('is certain for the same content hash', () => {
    const a = fingerprintEntry(makeEntry({ ...TRIAL_ORIGINAL, contentHash: 'abc' })).features;
    const b = fingerprintEntry(makeEntry({ ...TRIAL_REWRITE, contentHash: 'abc' })).features;
    expect(scorePair(a, b)).toEqual({ score: 1, signals: ['same-content'] });
  });
});

describe('scorePair: near-duplicate signals', () => {
  it('joins a copy with every paragraph doubled and a clickbait headline as near-verbatim', () => {
    const doubled = TRIAL_ORIGINAL.text
      .split('\n')
      .flatMap((p) => [p, p])
      .join('\n');
    const copy = features({ title: `BREAKING: ${TRIAL_ORIGINAL.title}`, text: doubled });
    const result = scorePair(features(TRIAL_ORIGINAL), copy);
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.signals[0]).toMatch(/^near-verbatim/);
  });

  it('joins a reworded rewrite through the rare words, names and numbers it shares', () => {
    const result = scorePair(features(TRIAL_ORIGINAL), features(TRIAL_REWRITE));
    expect(result.score).toBeGreaterThan(threshold);
    expect(result.signals.some((s) => s.startsWith('sharedRare:'))).toBe(true);
    // The numbers it shares are measured (the five signals shown are the model's largest parts).
    expect(result.measures?.sharedNumbers).toBeGreaterThan(0.3);
    expect(result.measures?.nameMismatch).toBe(0);
  });

  it('joins a Russian translation through transliterated names and numbers', () => {
    const result = scorePair(features(TRIAL_ORIGINAL), features(TRIAL_RUSSIAN));
    expect(result.score).toBeGreaterThan(threshold);
    expect(result.signals.some((s) => s.startsWith('match:') && s.endsWith('(number)'))).toBe(true);
    expect(result.signals.some((s) => /^match:.+\(name \w+\)$/u.test(s))).toBe(true);
  });
});

describe('scorePair: hard negatives stay apart', () => {
  it('keeps one template headline told of two people in one city apart (other-people)', () => {
    const item = (name: string, points: number) =>
      features({
        title: `${name} wins Gdansk chess open`,
        text: `${name} won the Gdansk open with ${points} points. The interior ministry did not respond to a request for comment.`,
      });
    const result = scorePair(item('Jankel Grotfilfil', 9), item('Borvel Senkovik', 8));
    expect(result.signals[0]).toBe('other-people');
    expect(result.score).toBeLessThan(threshold);
  });

  it('does not take a country that says whose someone is for another protagonist', () => {
    const a = features({
      title: "Norway's Brannvik wins Tirreno stage 6 on Castelfrate climb",
      text: 'Sindre Brannvik won the sixth stage on Thursday, 11 seconds ahead of Lucio Ferrandi on the climb to Castelfrate.',
    });
    const b = features({
      title: 'Brannvik takes first Grand Tour stage win at the Tirreno',
      text: 'Sindre Brannvik took his first stage victory, holding off Lucio Ferrandi on the ascent to Castelfrate.',
    });
    const result = scorePair(a, b);
    expect(result.measures?.otherPeople).toBe(0);
    expect(result.signals[0]).not.toBe('other-people');
    // A country unsaid by the other side is no protagonist; a person unsaid still is.
    const c = features({
      title: 'Ferrandi wins Tirreno stage 6 on Castelfrate climb',
      text: 'Lucio Ferrandi won the sixth stage on Thursday on the climb to Castelfrate.',
    });
    const d = features({
      title: 'Brannvik wins Tirreno stage 6 on Castelfrate climb',
      text: 'Sindre Brannvik won the sixth stage on Thursday on the climb to Castelfrate.',
    });
    expect(scorePair(c, d).measures?.otherPeople ?? 1).toBe(1);
  });

  it('does not take a name and a form derived from it for two protagonists', () => {
    const a = features({
      title:
        'Ruritania host says Brellin network spiked interview with Democrat over regulator fears',
      text: 'The network denies it stopped the interview with a Vardo Democrat from airing.',
    });
    const b = features({
      title: 'Ruritania host says Brellin network barred interview with Vardo Democratic candidate',
      text: 'The host says the network pulled the interview from Monday broadcast over fears.',
    });
    const result = scorePair(a, b);
    expect(result.measures?.otherPeople).toBe(0);
    expect(result.signals[0]).not.toBe('other-people');
  });

  it('does not call one template over the same wire paragraphs, told of two people, near-verbatim', () => {
    const wire =
      'President Halvard has not commented on the case since 2018. This article was produced with ' +
      'the support of regional partners. All rights reserved. "We will keep fighting, and we will ' +
      'not stop," supporters wrote on social media. The interior ministry did not respond to a ' +
      'request for comment by the time of publication. Subscribe to our newsletter to get the ' +
      'most important news every morning.';
    const item = (name: string) =>
      features({
        title: `${name} wins Ostrava chess open`,
        text: `${name} won the Ostrava open with 7 points. ${wire}`,
      });
    const result = scorePair(item('Wequ Sipakrdi'), item('Diba Luforefo'));
    // Not a copy by text: the pair model decides (the wire paragraphs weigh little once the window
    // holds many items that carry them).
    expect(result.signals[0]).not.toMatch(/^near-verbatim/);
    expect(result.measures).toBeDefined();
  });

  it('keeps two trials on the same day apart', () => {
    expect(scorePair(features(TRIAL_ORIGINAL), features(OTHER_TRIAL_SAME_DAY)).score).toBeLessThan(
      threshold,
    );
  });

  it("keeps an official's reaction apart from the event", () => {
    expect(scorePair(features(TRIAL_ORIGINAL), features(OFFICIAL_REACTION)).score).toBeLessThan(
      threshold,
    );
  });

  it('keeps a follow-up a week later apart: outside the time window', () => {
    const later = features(FOLLOW_UP, '2025-03-19T10:00:00Z');
    expect(scorePair(features(TRIAL_ORIGINAL), later)).toEqual({
      score: 0,
      signals: ['outside-window'],
    });
  });

  it('keeps headlines with contradicting numbers apart', () => {
    const swap = (n: string) => ({
      title: `Russia and Ukraine swap ${n} prisoners of war`,
      text: `Russia and Ukraine exchanged ${n} prisoners of war each on Friday in a deal brokered by the United Arab Emirates, officials in Kyiv and Moscow said.`,
    });
    const result = scorePair(features(swap('150')), features(swap('84')));
    expect(result.measures?.numberConflict).toBe(1);
    expect(result.score).toBeLessThan(threshold);
  });

  it('keeps one recurring headline for another date apart, however alike the rest', () => {
    const forecast = (day: string) => ({
      title: `Weather forecast for ${day} November`,
      text: `Cloudy with light rain in the morning on ${day} November, clearing in the afternoon; highs of 8 degrees, a light westerly wind.`,
    });
    // Both published on the 7th: the next day's forecast and the ten-day outlook.
    const published = '2025-11-07T06:00:00Z';
    const result = scorePair(
      features(forecast('8'), published),
      features(forecast('18'), published),
    );
    expect(result.measures?.numberConflict).toBe(1);
    expect(result.measures?.dateConflict).toBe(1);
    expect(result.score).toBeLessThanOrEqual(threshold);
  });

  it('keeps one template about another place apart: each headline names what the other never does', () => {
    const forecast = (city: string) => ({
      title: `Weather in ${city} for 17 May`,
      text: `Cloudy with light rain in the morning, clearing in the afternoon; highs of 18 degrees, a light westerly wind in ${city}.`,
    });
    const result = scorePair(features(forecast('Varnholm')), features(forecast('Quellbridge')));
    expect(result.measures?.nameConflict).toBe(1);
    expect(result.score).toBeLessThanOrEqual(0.3);
  });

  it('counts a name the other headline says as a sentence start or in Title Case as mentioned', () => {
    const a = features({
      title: 'Ilvar Dombrecht Visits Hallvik Allies In The North',
      text: 'The foreign minister is on a two-day trip to ports whose leaders are close to Hallvik.',
    });
    const b = features({
      title: 'Dombrecht visits northern ports to bolster ties with pro-Hallvik leaders',
      text: 'Foreign minister Ilvar Dombrecht vowed on Sunday to deepen cooperation with the northern ports.',
    });
    expect(scorePair(a, b).measures?.nameConflict).toBe(0);
  });
});

describe('scorePair: headlines and genres', () => {
  it('does not join two short items that share one common word and nothing rare', () => {
    // Each of twelve sources says "<name> item": alike in every similarity, sharing no evidence.
    const item = (name: string) => features({ title: `${name} item`, text: `About ${name}.` });
    const weight = (term: string) => (term === 'w:item' ? 0.5 : 6);
    const result = scorePair(item('s0'), item('s1'), { weight });
    expect(result.measures?.titleSim).toBe(1);
    expect(result.score).toBeLessThanOrEqual(0.3);
    expect(result.signals[0]).toMatch(/^thin-evidence:/);
  });

  it('takes an identical wire headline over different teasers as one story', () => {
    const title = 'Harbour authority rejects dredging plan and the council timeline';
    const a = features({ title, text: 'The port board voted against the proposal on Monday.' });
    const b = features({ title, text: 'Officials said the schedule could not be met.' });
    expect(scorePair(a, b)).toMatchObject({ score: 0.95, signals: ['same-headline'] });
  });

  it('does not take one site giving a headline twice, at two addresses, for a wire copy', () => {
    const title = 'В Зарецке вынесли приговор за комментарии в интернете';
    const at = (slug: string, site = 'zaretsk-kurier.example') =>
      `https://${site}/news/${slug}.html`;
    const a = features(
      { title, text: 'Пенсионерку приговорили к ограничению свободы за комментарии под видео.' },
      DAY,
      at('prigovor-kommentarii-1'),
    );
    const b = features(
      { title, text: 'Водителю маршрутки дали два года колонии за комментарии о милиции.' },
      '2025-03-13T09:00:00Z',
      at('prigovor-kommentarii-2'),
    );
    expect(scorePair(a, b).measures?.sameTitle).toBe(1);
    expect(scorePair(a, b).signals).not.toContain('same-headline');
    expect(scorePair(a, b).score).toBeLessThanOrEqual(threshold);
    // The same two items from two sites are a wire copy.
    const c = features(
      { title, text: 'Водителю маршрутки дали два года колонии за комментарии о милиции.' },
      '2025-03-13T09:00:00Z',
      at('prigovor-kommentarii-2', 'polesye.example'),
    );
    expect(scorePair(a, c).signals).toEqual(['same-headline']);
  });

  it('does not take an identical headline of a digest as one story', () => {
    const title = 'Morning briefing: what happened overnight in the region';
    const a = features({ title, text: 'A ferry strike, a court ruling on fishing quotas.' });
    const b = features({ title, text: 'Snow closes the mountain pass; a new museum opens.' });
    expect(scorePair(a, b).signals).not.toContain('same-headline');
    expect(scorePair(a, b).score).toBeLessThanOrEqual(threshold);
    expect(scorePair(a, b).signals).toEqual(['recurring-digest']);
  });

  it('takes two issues of a live page with one headline as one item only when their texts are the same', () => {
    const title = 'Live updates: flooding across the Varnholm valley';
    const text = (hour: string) =>
      `${hour}: The river rose again overnight in the Varnholm valley; rescuers moved families from low streets, and the regional council opened two shelters in schools. Roads to the upper valley stay closed, and trains between the two towns run on a reduced timetable until the water falls.`;
    const morning = features({ title, text: text('08:00') });
    const evening = features({
      title,
      text: 'Evening: the water fell; the council counts the damage.',
    });
    expect(scorePair(morning, evening).score).toBeLessThanOrEqual(0.3);
    expect(scorePair(morning, features({ title, text: text('08:00') })).score).toBe(1);
  });

  it('keeps a gallery apart from the report it illustrates, however much they share', () => {
    const report = features({
      title: 'Veteran harbour pilot Ansel Quarrington dies aged 91',
      text: 'Ansel Quarrington, who guided ships into the harbour for 60 years, died on Tuesday aged 91.',
    });
    const gallery = features({
      title: 'Ansel Quarrington: a life in pictures',
      text: 'A look back at the life of harbour pilot Ansel Quarrington, who died on Tuesday aged 91.',
    });
    const result = scorePair(report, gallery);
    expect(result.score).toBeLessThanOrEqual(threshold);
    expect(result.signals[0]).toBe('other-genre:report/gallery');
  });
});

describe('decideOnMeasures: rules on the measures', () => {
  const confident = { bias: 10, weights: SHIPPED_PAIR_MODEL.weights };
  const measures = (changes: Partial<PairMeasures>): PairMeasures => {
    const zero = Object.fromEntries(Object.keys(SHIPPED_PAIR_MODEL.weights).map((k) => [k, 0]));
    return { ...(zero as unknown as PairMeasures), titleSim: 0.8, sharedRare: 0.5, ...changes };
  };

  it('keeps a pair that shares no rare evidence apart, however sure the model', () => {
    const decision = decideOnMeasures(confident, measures({ sharedRare: 0.05 }));
    expect(decision).toMatchObject({ score: 0.3, byModel: false, signals: ['thin-evidence:0.05'] });
    expect(decideOnMeasures(confident, measures({ sharedRare: 0.2 })).byModel).toBe(true);
  });

  it('keeps headlines that name different people apart, however sure the model', () => {
    const decision = decideOnMeasures(confident, measures({ nameConflict: 1 }));
    expect(decision).toMatchObject({ score: 0.3, byModel: false });
    expect(decision.signals[0]).toBe('other-names');
  });

  it('keeps alike headlines with other numbers apart, but not unlike ones', () => {
    expect(decideOnMeasures(confident, measures({ numberConflict: 1 })).signals[0]).toBe(
      'other-numbers',
    );
    const unlike = decideOnMeasures(confident, measures({ numberConflict: 1, titleSim: 0.3 }));
    expect(unlike.byModel).toBe(true);
  });

  it('keeps headlines in two languages apart when they share no name and differ on numbers', () => {
    const across = { numberConflict: 1, titleSim: 0.3, crossTitleSim: 0.3 };
    expect(decideOnMeasures(confident, measures(across)).signals[0]).toBe('other-numbers');
    const named = decideOnMeasures(confident, measures({ ...across, rareNames: 0.2 }));
    expect(named.byModel).toBe(true);
    const agreeing = decideOnMeasures(confident, measures({ ...across, numberConflict: 0 }));
    expect(agreeing.byModel).toBe(true);
  });

  it('keeps one headline word for word over leads with other protagonists apart', () => {
    const template = decideOnMeasures(confident, measures({ sameTitle: 1, leadNameConflict: 1 }));
    expect(template.signals[0]).toBe('other-protagonists');
    expect(decideOnMeasures(confident, measures({ sameTitle: 1 })).byModel).toBe(true);
  });

  it('takes a shared rare quote for a copy only when the two name the same people', () => {
    const unsure = { bias: -10, weights: SHIPPED_PAIR_MODEL.weights };
    const quoted = { sharedQuotes: 0.8, leadSim: 0.5 };
    const copy = decideOnMeasures(unsure, measures({ ...quoted, rareNames: 0.6 }));
    expect(copy).toMatchObject({ score: 0.85, byModel: false });
    expect(copy.signals[0]).toMatch(/^verbatim-quotes/);
    // One quote repeated by items about other people ("…and we will not stop") is no copy's mark.
    expect(decideOnMeasures(unsure, measures({ ...quoted, rareNames: 0.1 })).byModel).toBe(true);
    expect(decideOnMeasures(unsure, measures({ ...quoted })).byModel).toBe(true);
    // Nor when one headline tells an event the other never tells ("leaves" / "detained").
    const other = measures({ ...quoted, rareNames: 0.6, eventUnsaid: 1 });
    expect(decideOnMeasures(unsure, other).byModel).toBe(true);
  });
});
