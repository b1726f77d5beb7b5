import { describe, expect, it } from 'vitest';
import { normalizeItem } from '../../src/normalizer/normalize-item.js';
import { findUnsafeMarkup } from './helpers/find-unsafe-markup.js';
import { readNewsroomItems } from './helpers/read-newsroom-items.js';

const NOW = new Date('2025-07-20T00:00:00Z');
const MOJIBAKE =
  /Ã[\u00a0-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€|Ð[\u0080-\u00bf‘’“”]|Ñ[€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;
const DANGER = /<script|<iframe|\son[a-z]+\s*=|javascript:/i;

describe('normalizeItem over the newsroom corpus', async () => {
  const inputs = await readNewsroomItems();
  const entries = inputs.map(({ file, feedUrl, feedLink, item }) => ({
    file,
    entry: normalizeItem(item, { sourceId: file, feedUrl, feedLink, now: NOW }),
  }));

  const rawBodies = inputs.map(
    ({ item }) => `${item.title}\n${item.contentHtml ?? item.summaryHtml ?? ''}`,
  );

  it('reads every feed of the corpus, damage included', () => {
    expect(new Set(inputs.map((i) => i.file)).size).toBe(8);
    expect(entries.length).toBeGreaterThan(60);
    expect(rawBodies.filter((b) => MOJIBAKE.test(b)).length).toBeGreaterThanOrEqual(2);
    expect(rawBodies.filter((b) => DANGER.test(b)).length).toBeGreaterThanOrEqual(3);
    expect(rawBodies.filter((b) => /^---\s*$/m.test(b)).length).toBeGreaterThanOrEqual(1);
  });

  it('leaves no mojibake sequence in titles, content or summaries', () => {
    const damaged = entries.filter(({ entry }) =>
      MOJIBAKE.test(entry.title + entry.contentHtml + entry.summary),
    );
    expect(damaged.map(({ entry }) => entry.key)).toEqual([]);
  });

  it('leaves no paragraph repeated within an entry and no leaked front matter', () => {
    const repeated = entries.filter(({ entry }) => {
      const lines = entry.text.split('\n').filter((l) => l.length >= 24);
      return new Set(lines.map((l) => l.toLowerCase())).size !== lines.length;
    });
    expect(repeated.map(({ entry }) => entry.key)).toEqual([]);
    expect(entries.filter(({ entry }) => /^---|layout: post/m.test(entry.text))).toEqual([]);
  });

  it('publishes no script, iframe, handler or javascript: URL, and only absolute http(s) URLs', () => {
    expect(entries.flatMap(({ entry }) => findUnsafeMarkup(entry.contentHtml))).toEqual([]);
    expect(
      entries.filter(({ entry }) => DANGER.test(entry.contentHtml)).map((e) => e.entry.key),
    ).toEqual([]);
    const urls = entries.flatMap(({ entry }) =>
      [...entry.contentHtml.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !/^(?:https?:\/\/|mailto:)/.test(u ?? ''))).toEqual([]);
    expect(
      entries.filter(({ entry }) => entry.link !== undefined && !/^https?:\/\//.test(entry.link)),
    ).toEqual([]);
  });

  it('gives every entry a sane date: never after the fetch, the fetch time when missing or invalid', () => {
    for (const { entry } of entries) {
      expect(Date.parse(entry.publishedAt)).toBeLessThanOrEqual(NOW.getTime());
      expect(Date.parse(entry.publishedAt)).toBeGreaterThan(Date.parse('2025-01-01'));
      if (!entry.hasFeedDate) expect(entry.publishedAt).toBe(NOW.toISOString());
    }
    expect(entries.filter(({ entry }) => !entry.hasFeedDate).length).toBeGreaterThanOrEqual(3);
  });

  it('tells the Russian and Belarusian feeds apart by their letters', () => {
    const languageOf = (file: string) =>
      new Set(entries.filter((e) => e.file === file).map((e) => e.entry.language));
    expect(languageOf('polesie-news.xml')).toEqual(new Set(['ru']));
    expect(languageOf('volnyholas.xml')).toEqual(new Set(['be']));
  });

  it('gives unique keys within each source', () => {
    const keys = entries.map(({ file, entry }) => `${file} ${entry.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
