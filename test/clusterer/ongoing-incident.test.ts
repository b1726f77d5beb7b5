import { describe, expect, it } from 'vitest';
import { decideOnMeasures } from '../../src/clusterer/decide-on-measures.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { SHIPPED_PAIR_MODEL } from '../../src/clusterer/pair-model.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { makeEntry } from './make-entry.js';

function features(title: string, text: string, publishedAt: string) {
  return fingerprintEntry(makeEntry({ title, text, publishedAt, contentHash: title + text }))
    .features;
}

// Made-up places and incidents; the second report comes a day and a half after the first.
const fire = features(
  'Wildfire near Zaretsk forces 300 people from their homes',
  'A wildfire in the forests near Zaretsk forced 300 people from their homes on Tuesday.',
  '2025-07-01T08:00:00Z',
);
const spread = features(
  'Zaretsk wildfire spreads to 900 hectares as winds ease',
  'The fire near Zaretsk has burned 900 hectares; firefighters hope calmer winds will help.',
  '2025-07-02T20:00:00Z',
);

describe('an incident as it goes on', () => {
  it('does not count the days between two reports of one incident', () => {
    const pair = scorePair(fire, spread);
    const measures = pair.measures;
    if (!measures) throw new Error('the pair was not measured');
    expect(measures.ongoingIncident).toBe(1);
    expect(measures.daysApart).toBeGreaterThan(1);
    const counted = decideOnMeasures(SHIPPED_PAIR_MODEL, { ...measures, ongoingIncident: 0 });
    expect(pair.score).toBeGreaterThan(counted.score);
    expect(pair.score).toBe(
      decideOnMeasures(SHIPPED_PAIR_MODEL, { ...measures, daysApart: 0, ongoingIncident: 0 }).score,
    );
  });

  it('reads a strike as an incident that goes on', () => {
    const walkout = features(
      'Zaretsk tug crews go on strike over pay',
      'Tug crews at the port of Zaretsk walked out on Monday in a strike over pay.',
      '2025-07-01T08:00:00Z',
    );
    const queue = features(
      'Ships queue off Zaretsk as tug strike enters third day',
      'More than 40 ships waited off Zaretsk as the strike by tug crews entered its third day.',
      '2025-07-03T08:00:00Z',
    );
    expect(scorePair(walkout, queue).measures?.ongoingIncident).toBe(1);
  });

  it('takes a name that one report gives first and the other further down as the name they share', () => {
    const first = features(
      'Blast at Polish coal mine kills four',
      'A methane blast at the Zofia coal mine in Silesia killed four miners on Wednesday.',
      '2025-07-01T08:00:00Z',
    );
    const second = features(
      'Five miners killed in methane blast',
      // The mine is named after the lead's fifty words.
      'The toll from the methane blast rose to five overnight, the rescue service said on ' +
        'Thursday morning, after teams working in shifts through the night recovered the body ' +
        'of another miner from a tunnel about a kilometre underground, where heat and gas had ' +
        'slowed the search for many hours and forced the teams to stop twice before dawn. ' +
        'The blast hit the Zofia mine in Silesia on Wednesday.',
      '2025-07-02T08:00:00Z',
    );
    expect(scorePair(first, second).measures?.ongoingIncident).toBe(1);
  });

  it('takes one country both headlines name as the name they share, and not two countries', () => {
    // Neither headline names a town or a person: the country is all the two have in common, and
    // the news lexicon reads it as a concept of the news, not as a name.
    const first = features(
      'Ferry fire off Turkey: twelve passengers missing',
      'A fire broke out on a ferry in the Aegean overnight; twelve passengers are missing.',
      '2025-07-01T08:00:00Z',
    );
    const later = features(
      'Turkish ferry fire toll rises to five',
      'Five bodies have been recovered from the burned ferry, the coast guard said.',
      '2025-07-02T12:00:00Z',
    );
    const update = scorePair(first, later).measures;
    expect(update?.ongoingIncident).toBe(1);
    expect(update?.numberConflict).toBe(0);
    const abroad = features(
      'Greek ferry fire toll rises to five',
      'Five bodies have been recovered from the burned ferry, the coast guard said.',
      '2025-07-02T12:00:00Z',
    );
    const other = scorePair(first, abroad).measures;
    expect(other?.ongoingIncident).toBe(0);
    expect(other?.numberConflict).toBe(1);
  });

  it('takes a later report that tells the incident only in its lead as news of its own', () => {
    const strike = features(
      'Zaretsk rail workers strike over pensions',
      'Trains stood still across Zaretsk on Wednesday as rail workers went on strike over pensions.',
      '2025-07-01T08:00:00Z',
    );
    // Two days later another walkout, which names the first as background in its lead.
    const airport = features(
      'Flights cancelled at Zaretsk airport as controllers stay home',
      'Half the departures from Zaretsk airport were cancelled on Friday as air traffic ' +
        'controllers stayed away, two days after the rail strike.',
      '2025-07-03T08:00:00Z',
    );
    expect(scorePair(strike, airport).measures?.ongoingIncident).toBe(0);
    // The same lead a report earlier than the headline that tells the incident: its course.
    const evacuated = features(
      'Hundreds taken off Zaretsk ferry; six in hospital',
      'Hundreds of passengers were taken off a ferry near Zaretsk after a fire broke out overnight.',
      '2025-07-01T08:00:00Z',
    );
    const toll = features(
      'Zaretsk ferry fire: two crew members die in hospital',
      'Two crew members of the ferry that caught fire near Zaretsk died in hospital.',
      '2025-07-02T20:00:00Z',
    );
    expect(scorePair(evacuated, toll).measures?.ongoingIncident).toBe(1);
    // A teaser's headline holds the incident back, whenever it runs.
    const teaser = features(
      "You Won't Believe What Happened on This Zaretsk Ferry",
      'Hundreds of passengers were taken off a ferry near Zaretsk after a fire broke out overnight.',
      '2025-07-03T08:00:00Z',
    );
    expect(scorePair(toll, teaser).measures?.ongoingIncident).toBe(1);
  });

  it('counts them for a legal step, another incident, or no name shared', () => {
    const arrest = features(
      'Man arrested over Zaretsk wildfire',
      'Police in Zaretsk arrested a man suspected of starting the wildfire that burned 900 hectares.',
      '2025-07-03T08:00:00Z',
    );
    expect(scorePair(fire, arrest).measures?.ongoingIncident).toBe(0);
    const flood = features(
      'Floods hit Zaretsk after two days of rain',
      'Streets in Zaretsk were under water after two days of heavy rain.',
      '2025-07-02T20:00:00Z',
    );
    expect(scorePair(fire, flood).measures?.ongoingIncident).toBe(0);
    const elsewhere = features(
      'Wildfire near Mirgrad forces 200 people from their homes',
      'A wildfire near Mirgrad forced 200 people from their homes.',
      '2025-07-02T20:00:00Z',
    );
    expect(scorePair(fire, elsewhere).measures?.ongoingIncident).toBe(0);
  });

  it("takes an incident's later counts as its update, not as another event's numbers", () => {
    const missing = features(
      'Landslide near Zaretsk: three missing',
      'A landslide swept away two houses near Zaretsk; three people are missing.',
      '2025-07-01T08:00:00Z',
    );
    const found = features(
      'Zaretsk landslide: two bodies found',
      'Rescuers searching the landslide near Zaretsk found two bodies; one person is still missing.',
      '2025-07-02T08:00:00Z',
    );
    const update = scorePair(missing, found).measures;
    expect(update?.ongoingIncident).toBe(1);
    expect(update?.numberConflict).toBe(0);
    // The counts are not what the two must agree on: only a name each lacks would be.
    expect(update?.distinctMissing).toBe(0);
    // Told within hours of each other, other counts still tell another event of the kind.
    const sameMorning = features(
      'Zaretsk landslide: two bodies found',
      'Rescuers searching the landslide near Zaretsk found two bodies; one person is still missing.',
      '2025-07-01T10:00:00Z',
    );
    expect(scorePair(missing, sameMorning).measures?.numberConflict).toBe(1);
    // Without an incident told as it goes on, counts stay distinctive.
    const vote = features(
      'Zaretsk council votes 12 to 3 for new bridge',
      'The council of Zaretsk voted 12 to 3 for the bridge.',
      '2025-07-01T08:00:00Z',
    );
    const again = features(
      'Zaretsk council votes 9 to 6 for new bridge',
      'The council of Zaretsk voted 9 to 6 for the bridge.',
      '2025-07-02T08:00:00Z',
    );
    const votes = scorePair(vote, again).measures;
    expect(votes?.ongoingIncident).toBe(0);
    expect(votes?.numberConflict).toBe(1);
  });
});
