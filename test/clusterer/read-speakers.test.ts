import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/choose-story.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { readSpeakers } from '../../src/clusterer/read-speakers.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';
import { makeEntry } from './make-entry.js';

const DAY = '2025-03-11T08:00:00Z';
const names = new Set(['Варнекс', 'Мирграде', 'Dorvan', 'Talvia', 'Костюкевич']);
const skeletons = (...words: string[]) => words.map(skeletonizeName);

function features(title: string, text: string) {
  return fingerprintEntry(makeEntry({ title, text, publishedAt: DAY, contentHash: title + text }))
    .features;
}

describe('readSpeakers', () => {
  it('reads the speaker before a verb of saying, in three languages', () => {
    expect(readSpeakers('Dorvan says talks with Talvia made progress', names)).toEqual(
      skeletons('Dorvan'),
    );
    expect(readSpeakers('Комиссия ОБВК сообщила о переносе выборов в Мирграде', names)).toEqual(
      skeletons('ОБВК'),
    );
    expect(readSpeakers('Костюкевич заявіў пра новыя выбары', names)).toEqual(
      skeletons('Костюкевич'),
    );
  });

  it('reads the name that introduces a quote, and a speaker after the verb', () => {
    expect(readSpeakers('Игорь Костюкевич: выборы пройдут в срок', names)).toEqual(
      skeletons('Костюкевич'),
    );
    expect(readSpeakers('Talks made progress, says Dorvan', names)).toEqual(skeletons('Dorvan'));
  });

  it('reads no speaker in a report, from the media, or in a Title Case headline', () => {
    expect(readSpeakers('Storm floods Talvia coast', names)).toEqual([]);
    expect(readSpeakers('СМИ: в Мирграде перенесут выборы', names)).toEqual([]);
    expect(readSpeakers('Ceasefire holding, officials say', names)).toEqual([]);
    expect(readSpeakers('Live: Talvia Votes In Snap Election', names)).toEqual([]);
    expect(readSpeakers('Telecom Giant Admits Data Of Millions Was Stolen', names)).toEqual([]);
  });

  it('reads no speaker where five capitals stand in a row, in any script, but past four', () => {
    expect(readSpeakers('DORVAN SAYS TALKS MADE PROGRESS', names)).toEqual([]);
    expect(readSpeakers('Dorvan says ТАЛВИЯ talks made progress', names)).toEqual([]);
    expect(readSpeakers('𝐃𝐎𝐑𝐕𝐀𝐍 says talks made progress', names)).toEqual([]);
    expect(readSpeakers('Dorvan says NATO talks made progress', names)).toEqual(
      skeletons('Dorvan'),
    );
  });
});

describe('readSpeakers: who is spoken of is no speaker', () => {
  it('reads no speaker of a Russian passive or a plural with no subject, but the institution', () => {
    expect(readSpeakers('В убийстве обвиняется житель Мирграда Варнекс', names)).toEqual([]);
    expect(readSpeakers('В Мирграде подтвердился новый случай болезни', names)).toEqual([]);
    expect(readSpeakers('Министра Варнекс обвинили в крупной взятке', names)).toEqual([]);
    expect(readSpeakers('Мирградскому заводу Варнекс предрекли успех', names)).toEqual([]);
    expect(readSpeakers('В ОБВК заявили о переносе выборов', names)).toEqual(skeletons('ОБВК'));
  });

  it('reads no speaker of an English participle, infinitive or noun', () => {
    expect(readSpeakers('Talvia party accused of nepotism', names)).toEqual([]);
    expect(readSpeakers('Accused Talvia killer appears in court', names)).toEqual([]);
    expect(readSpeakers('Dorvan moves to claim Talvia land', names)).toEqual([]);
    expect(readSpeakers('Dorvan has kept his vow to rebuild Talvia', names)).toEqual([]);
    expect(readSpeakers('Dorvan accuses Talvia of espionage', names)).toEqual(skeletons('Dorvan'));
  });

  it('reads a Latin "Topic: …" label as no speaker unless a quote follows', () => {
    expect(readSpeakers('Talvia: Man charged over killing', names)).toEqual([]);
    expect(readSpeakers('Dorvan: ‘We will not bow down’', names)).toEqual(skeletons('Dorvan'));
  });

  it('reads the speaker after the verb only when the verb opens its clause', () => {
    expect(readSpeakers('UN calls on Talvia to halt its actions', names)).toEqual([]);
  });
});

describe('speakers keep two parties statements apart', () => {
  const lead =
    'Разведение сил у посёлка Варнекс, намеченное на понедельник, перенесено; стороны обвиняют друг друга в обстрелах у Варнекс.';

  it('keeps statements of two parties on one process apart', () => {
    const a = features('Миссия ОБВК сообщила о переносе разведения сил у Варнекс', lead);
    const b = features('Штаб ТНР подтвердил готовность к разведению сил у Варнекс', lead);
    const result = scorePair(a, b);
    expect(result.measures?.speakerConflict).toBe(1);
    expect(result.signals[0]).toBe('other-speakers');
    expect(result.score).toBeLessThanOrEqual(DEFAULT_CLUSTER_OPTIONS.threshold);
  });

  it('sees no conflict when both report one speaker, or one names the other speaker', () => {
    const a = features('Миссия ОБВК сообщила о переносе разведения сил у Варнекс', lead);
    const same = features('ОБВК заявила, что разведение сил у Варнекс перенесено', lead);
    const named = features('ТНР ответила на заявление ОБВК о разведении сил', lead);
    expect(scorePair(a, same).measures?.speakerConflict).toBe(0);
    expect(scorePair(a, named).measures?.speakerConflict).toBe(0);
  });
});
