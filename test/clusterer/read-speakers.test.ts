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
