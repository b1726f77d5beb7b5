import { describe, expect, it } from 'vitest';
import { normalizeItem } from '../../src/normalizer/index.js';
import { parseFeed } from '../../src/parser/parse-feed.js';

/**
 * rss-parser's snippet regex is quadratic on text full of '<' without '>' (a 40 KB description
 * took 2.3 s, 1 MB many minutes). Our mapping never calls it; these tests prove the whole path
 * (parse, then normalize: sanitize-html and html-to-text) stays linear, by comparing each flood
 * with normal text of the same size parsed in the same run (a quadratic path would be hundreds
 * of times slower; the bound is a generous 40x).
 */
const RATIO_BOUND = 40;
const NOW = new Date('2025-06-10T00:00:00Z');

function feedWith(description: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>g</guid><title>x</title><description>${description}</description></item></channel></rss>`;
}

async function runPipeline(xml: string): Promise<void> {
  const feed = await parseFeed(xml);
  for (const item of feed.items)
    normalizeItem(item, { sourceId: 's', feedUrl: 'http://example.org/', now: NOW });
}

/** The fastest of three runs, in ms (the least disturbed by GC and other processes). */
async function measure(xml: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    await runPipeline(xml);
    times.push(performance.now() - started);
  }
  return Math.min(...times);
}

/** `size` characters of a pattern, and of ordinary words as the baseline. */
function floodAndBaseline(pattern: string, size: number, escaped: boolean) {
  const flood = pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);
  const encode = (text: string) =>
    escaped ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;') : `<![CDATA[${text}]]>`;
  return {
    flood: feedWith(encode(flood)),
    baseline: feedWith(encode('lorem ipsum '.repeat(size / 12 + 1).slice(0, size))),
  };
}

const CASES: [string, string, boolean][] = [
  ['escaped "<" flood', '<', true],
  ['raw "<" flood in CDATA', '<', false],
  ['"<a " flood (unclosed tags)', '<a ', false],
  ['"<a href=\\"" flood (unclosed quotes)', '<a href="', false],
  ['"<!--" flood', '<!--', false],
  ['"<script>" flood', '<script>', false],
];

describe('hostile markup is processed in linear time', () => {
  it.each([40_000, 1_000_000])(
    'a %i-character description of each flood',
    async (size) => {
      await runPipeline(feedWith('warm-up'));
      for (const [label, pattern, escaped] of CASES) {
        const { flood, baseline } = floodAndBaseline(pattern, size, escaped);
        const base = await measure(baseline);
        const hostile = await measure(flood);
        expect(
          hostile,
          `${label}: ${hostile.toFixed(1)} ms vs ${base.toFixed(1)} ms baseline`,
        ).toBeLessThan(Math.max(base, 5) * RATIO_BOUND);
      }
    },
    120_000,
  );
});
