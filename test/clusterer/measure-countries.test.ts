import { describe, expect, it } from 'vitest';
import { decideOnMeasures, KEPT_APART_SCORE } from '../../src/clusterer/decide-on-measures.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { countryConflict } from '../../src/clusterer/measure-countries.js';
import type { PairMeasures } from '../../src/clusterer/pair-measures.js';
import { SHIPPED_PAIR_MODEL } from '../../src/clusterer/pair-model.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { makeEntry } from './make-entry.js';

// The records, figures and the villages are made up; the countries and towns are real places.
function features(title: string, text: string) {
  return fingerprintEntry(
    makeEntry({ title, text, publishedAt: '2027-07-29T15:00:00Z', contentHash: title + text }),
  ).features;
}

const latvia = features(
  'Latvia sets July heat record at 35.4C',
  'The thermometer at Ventspils showed 35.4C on Thursday, the highest July temperature ever recorded in Latvia, the meteorological service said.',
);
const vitsebsk = features(
  'Віцебск пабіў рэкорд спёкі',
  'У чацвер паветра ў Віцебску прагрэлася да +35,8 градуса, паведаміў Белгідрамет. Гэта найвышэйшая тэмпература ў горадзе ў ліпені.',
);

describe('countryConflict', () => {
  it('tells a headline naming one country from one set in a town of another, when neither side mentions the other', () => {
    expect(countryConflict(latvia, vitsebsk)).toBe(1);
    expect(countryConflict(vitsebsk, latvia)).toBe(1);
  });

  it('says nothing when a copy names a town of the country, or names the country anywhere', () => {
    const town = features(
      'Ventspils swelters at 35.4C, a record for July',
      'A Baltic coast town broke the national July record on Thursday.',
    );
    expect(countryConflict(latvia, town)).toBe(0);
    const russian = features(
      'В Латвии побит рекорд жары для июля',
      'В Вентспилсе в четверг было +35,4 градуса.',
    );
    expect(countryConflict(latvia, russian)).toBe(0);
    const lead = features(
      'Віцебск пабіў рэкорд спёкі',
      'У чацвер у Віцебску было +35,8, а ў суседняй Латвіі таксама ўсталяваны рэкорд.',
    );
    expect(countryConflict(latvia, lead)).toBe(0);
  });

  it('reads a country named, not an adjective: whose someone is tells no place', () => {
    const gomel = features(
      'Сварщика из Гомеля приговорили к 12 годам за донат',
      'Суд в Гомеле вынес приговор во вторник.',
    );
    const adjective = features(
      'Ukrainian fund donor jailed for 12 years',
      'A welder was sentenced on Tuesday over a $60 donation.',
    );
    expect(countryConflict(gomel, adjective)).toBe(0);
    const named = features(
      'Donor to a fund in Ukraine jailed for 12 years',
      'A welder was sentenced on Tuesday over a $60 donation.',
    );
    expect(countryConflict(gomel, named)).toBe(1);
  });

  it('leaves alone two headlines that each only name a country: one may be where the story reaches', () => {
    const baltic = features(
      'Northern lights seen across Lithuania and Latvia after solar storm',
      'Skywatchers on the Baltic coast photographed red and green curtains on Tuesday night.',
    );
    const italy = features(
      'Solar storm lights up skies as far south as Italy',
      'The strongest geomagnetic storm in years painted the night sky red over much of Europe.',
    );
    expect(countryConflict(baltic, italy)).toBe(0);
  });

  it('keeps the pair apart however sure the model is', () => {
    const measured = scorePair(latvia, vitsebsk).measures as PairMeasures;
    expect(measured.countryConflict).toBe(1);
    // Alone, without a stream's rarity, the pair shares too little to be weighed: as if it shared more.
    const measures = { ...measured, sharedRare: 0.5 };
    const sure = { bias: 10, weights: SHIPPED_PAIR_MODEL.weights };
    expect(decideOnMeasures(sure, { ...measures, countryConflict: 0 }).score).toBeGreaterThan(0.9);
    const decided = decideOnMeasures(sure, measures);
    expect(decided.score).toBe(KEPT_APART_SCORE);
    expect(decided.signals[0]).toBe('other-countries');
  });
});
