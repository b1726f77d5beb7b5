import { parse } from 'node-cron';
import { describe, expect, it } from 'vitest';
import { FeedMaxAge, secondsUntilNextRun } from '../../src/server/feed-max-age.js';

// node-cron runs in local time: build the instants from local fields so the tests hold in any TZ
const at = (h: number, m: number, s: number, day = 15) => new Date(2025, 0, day, h, m, s);

describe('secondsUntilNextRun', () => {
  it('counts to the next tick of a minute schedule', () => {
    expect(secondsUntilNextRun(parse('*/5 * * * *'), at(10, 2, 30))).toBe(150);
    expect(secondsUntilNextRun(parse('*/5 * * * *'), at(10, 5, 0))).toBe(300);
  });

  it('handles seconds fields, hours and weekdays', () => {
    expect(secondsUntilNextRun(parse('*/30 * * * * *'), at(10, 0, 10))).toBe(20);
    // 2025-01-15 is a Wednesday; the next weekday 09:00 after Wed 10:00 is Thu 09:00
    expect(secondsUntilNextRun(parse('0 9 * * 1-5'), at(10, 0, 0))).toBe(23 * 3600);
  });

  it('gives up (undefined) beyond two days', () => {
    expect(secondsUntilNextRun(parse('0 0 1 1 *'), at(10, 0, 0))).toBeUndefined();
  });
});

describe('FeedMaxAge', () => {
  it('keeps the max-age within [30 s, 1 h]', () => {
    const maxAge = new FeedMaxAge();
    expect(maxAge.compute('*/5 * * * *', at(10, 4, 50))).toBe(30);
    expect(maxAge.compute('*/5 * * * *', at(10, 1, 0))).toBe(240);
    expect(maxAge.compute('0 9 * * *', at(10, 0, 0))).toBe(3600);
  });

  it('follows a changed schedule (after a config reload)', () => {
    const maxAge = new FeedMaxAge();
    expect(maxAge.compute('*/5 * * * *', at(10, 1, 0))).toBe(240);
    expect(maxAge.compute('*/2 * * * *', at(10, 1, 0))).toBe(60);
  });
});
