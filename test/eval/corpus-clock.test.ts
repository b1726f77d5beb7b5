import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../helpers/evaluate-corpus.js';
import { corpusNow, normalizeCorpus } from '../helpers/normalize-corpus.js';

describe("a corpus is read as of just after its newest entry, not the machine's day", () => {
  it('keeps the dates of a corpus written ahead of the clock (newsroom-ao is dated 2027)', async () => {
    const corpus = loadCorpus('newsroom-ao');
    const now = await corpusNow(corpus);
    const entries = (await normalizeCorpus(corpus)).map((item) => item.entry);
    const dates = entries.map((entry) => Date.parse(entry.publishedAt));
    expect(entries.every((entry) => entry.hasFeedDate)).toBe(true);
    // No date was clamped to the fetch time: the newest is an hour before it, the rest before that.
    expect(Math.max(...dates)).toBe(now.getTime() - 3_600_000);
    expect(new Set(dates).size).toBeGreaterThan(entries.length / 2);
    expect(new Date(Math.min(...dates)).toISOString()).toMatch(/^2027-01-/);
  });
});
