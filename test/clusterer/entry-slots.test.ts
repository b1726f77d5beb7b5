import { describe, expect, it } from 'vitest';
import { EntrySlots } from '../../src/clusterer/entry-slots.js';

describe('entry slots: held entries by a reusable number, scored per ranking', () => {
  it('reuses a freed slot and keeps each slot’s item and time', () => {
    const slots = new EntrySlots<string>();
    const a = slots.take('a', 10);
    const b = slots.take('b', Number.NaN);
    slots.give(a);
    const c = slots.take('c', 30);
    expect(c).toBe(a);
    expect(slots.item(c)).toBe('c');
    expect(slots.time(c)).toBe(30);
    expect(slots.item(b)).toBe('b');
    expect(slots.time(b)).toBeNaN();
  });

  it('sums scores from 0 in each ranking, listing slots in the order first scored', () => {
    const slots = new EntrySlots<number>();
    const ids = Array.from({ length: 2_000 }, (_, i) => slots.take(i, i));
    slots.beginScores();
    slots.addScore(ids[1_500] as number, 2);
    slots.addScore(ids[3] as number, 1);
    slots.addScore(ids[1_500] as number, 0.5);
    expect(slots.scored).toEqual([ids[1_500], ids[3]]);
    expect(slots.score(ids[1_500] as number)).toBe(2.5);
    slots.beginScores();
    slots.addScore(ids[3] as number, 4);
    expect(slots.scored).toEqual([ids[3]]);
    expect(slots.score(ids[3] as number)).toBe(4);
  });
});
