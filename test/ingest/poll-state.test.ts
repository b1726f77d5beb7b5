import { describe, expect, it } from 'vitest';
import { computeNextPollTime } from '../../src/ingest/poll-state.js';

const now = new Date('2025-06-22T12:00:00Z');
const minute = 60_000;
const hour = 60 * minute;
const base = { now, intervalMs: 30 * minute, consecutiveErrors: 0, random: () => 0 };
const delayOf = (date: Date) => date.getTime() - now.getTime();

describe('computeNextPollTime', () => {
  it('waits the interval after a success', () => {
    expect(delayOf(computeNextPollTime(base))).toBe(30 * minute);
  });

  it('honours a longer ttl and a longer max-age', () => {
    expect(delayOf(computeNextPollTime({ ...base, ttlMinutes: 60 }))).toBe(hour);
    expect(delayOf(computeNextPollTime({ ...base, maxAgeSeconds: 7200 }))).toBe(2 * hour);
    expect(delayOf(computeNextPollTime({ ...base, ttlMinutes: 5, maxAgeSeconds: 60 }))).toBe(
      30 * minute,
    );
  });

  it('caps ttl and max-age at 24 hours', () => {
    expect(delayOf(computeNextPollTime({ ...base, ttlMinutes: 10_000 }))).toBe(24 * hour);
    expect(delayOf(computeNextPollTime({ ...base, maxAgeSeconds: 10 ** 9 }))).toBe(24 * hour);
  });

  it('doubles the delay per consecutive error, capped at 24 hours', () => {
    const delays = [1, 2, 3, 6, 200].map((consecutiveErrors) =>
      delayOf(computeNextPollTime({ ...base, consecutiveErrors })),
    );
    expect(delays).toEqual([hour, 2 * hour, 4 * hour, 24 * hour, 24 * hour]);
  });

  it('waits until Retry-After when it is later', () => {
    const retryAt = new Date(now.getTime() + 5 * hour);
    expect(computeNextPollTime({ ...base, retryAt })).toEqual(retryAt);
    const soon = new Date(now.getTime() + minute);
    expect(delayOf(computeNextPollTime({ ...base, retryAt: soon }))).toBe(30 * minute);
  });

  it('adds at most 10 % jitter', () => {
    expect(delayOf(computeNextPollTime({ ...base, random: () => 0.5 }))).toBe(31.5 * minute);
    expect(delayOf(computeNextPollTime({ ...base, random: () => 0.999_999 }))).toBeLessThan(
      33 * minute,
    );
  });
});
