import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { readEventDays } from '../../src/clusterer/read-event-days.js';
import { makeEntry } from './make-entry.js';

/* Made-up places and people. 2026-11-12 is a Thursday. */
const THURSDAY_EVENING = '2026-11-12T19:00:00Z';
const FRIDAY_MORNING = '2026-11-13T06:30:00Z';
const SATURDAY = '2026-11-14T10:00:00Z';

describe('readEventDays', () => {
  it('reads a weekday, "yesterday" and "today" back from the publication, in three languages', () => {
    expect(
      readEventDays('Vardo court jailed the editor on Thursday.', THURSDAY_EVENING, 1),
    ).toEqual(['11-12']);
    expect(readEventDays('Суд в Варде в четверг осудил редактора.', FRIDAY_MORNING, 1)).toEqual([
      '11-12',
    ]);
    expect(readEventDays('Суд у Вардзе ў чацвер асудзіў рэдактара.', FRIDAY_MORNING, 1)).toEqual([
      '11-12',
    ]);
    expect(readEventDays('The court ruled yesterday.', FRIDAY_MORNING, 1)).toEqual(['11-12']);
    expect(readEventDays('Суд сегодня вынес приговор.', THURSDAY_EVENING, 1)).toEqual(['11-12']);
  });

  it('reads no day further back than allowed, nor without a publication time or a day word', () => {
    expect(readEventDays('Freed on Thursday, the editor spoke to us.', SATURDAY, 1)).toEqual([]);
    expect(readEventDays('The court ruled on Thursday.', 'not a date', 1)).toEqual([]);
    expect(readEventDays('The court ruled on 12 November.', FRIDAY_MORNING, 1)).toEqual([]);
  });
});

describe('the days between two reports of one day', () => {
  const entry = (title: string, text: string, publishedAt: string) =>
    fingerprintEntry(makeEntry({ title, text, publishedAt, contentHash: title })).features;

  it('do not count when both tell the same single event day; a follow-up days later still counts', () => {
    const wire = entry(
      'Vardo court jails editor for four years',
      'A court in Vardo on Thursday jailed the editor Anna Belnik for four years.',
      THURSDAY_EVENING,
    );
    const translation = entry(
      'Суд в Варде приговорил редактора к четырём годам',
      'Суд в Варде в четверг приговорил редактора Анну Бельник к четырём годам.',
      FRIDAY_MORNING,
    );
    const followUp = entry(
      'Jailed Vardo editor appeals',
      'Anna Belnik, jailed on Thursday, appealed against her sentence on Saturday.',
      SATURDAY,
    );
    expect(measurePair(wire, translation).daysApart).toBe(0);
    expect(measurePair(wire, followUp).daysApart).toBeGreaterThan(0.5);
  });
});
