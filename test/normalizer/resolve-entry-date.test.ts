import { describe, expect, it } from 'vitest';
import { resolveEntryDate } from '../../src/normalizer/resolve-entry-date.js';

const NOW = new Date('2025-07-01T12:00:00Z');

describe('resolveEntryDate', () => {
  it('uses a valid feed date', () => {
    expect(resolveEntryDate('Sat, 21 Jun 2025 21:15:00 +0300', NOW)).toEqual({
      iso: '2025-06-21T18:15:00.000Z',
      fromFeed: true,
    });
  });

  it('falls back to now with a warning for an invalid date, silently for a missing one', () => {
    const invalid = resolveEntryDate('Tue, 31 Jun 2025 14:20:00 +0000', NOW);
    expect(invalid).toMatchObject({ iso: NOW.toISOString(), fromFeed: false });
    expect(invalid.warning).toMatch(/^normalizer: unparseable date/);
    expect(resolveEntryDate(undefined, NOW)).toEqual({ iso: NOW.toISOString(), fromFeed: false });
  });

  it('clamps a future date to now', () => {
    const future = resolveEntryDate('2030-01-01T00:00:00Z', NOW);
    expect(future.iso).toBe(NOW.toISOString());
    expect(future.fromFeed).toBe(true);
  });
});
