/**
 * Event-loop stall while a 20 MB feed is parsed: on the main thread (baseline, what rss-parser
 * alone does) and in the parse worker pool; also the main-thread normalization of the items that
 * come back. Prints and writes bench/bench-parse-stall.json. Run: npx tsx bench/bench-parse-stall.ts
 */
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { normalizeItem } from '../../src/normalizer/index.js';
import { parseFeed } from '../../src/parser/index.js';
import { createParsePool } from '../../src/worker/index.js';

function buildFeed(targetBytes: number): string {
  const paragraph = `<p>${'Minsk officials said on Tuesday that the harvest was late again this year. '.repeat(20)}</p>`;
  const items: string[] = [];
  let size = 0;
  for (let n = 0; size < targetBytes; n++) {
    const item = `<item><title>Story ${n}</title><link>http://example.org/${n}</link><guid>g${n}</guid><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate><description><![CDATA[${paragraph.repeat(4)}]]></description></item>`;
    items.push(item);
    size += item.length;
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>${items.join('')}</channel></rss>`;
}

async function measureStall(label: string, work: () => Promise<unknown>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  // a 5 ms heartbeat: the largest gap between two beats is the longest stall, whoever caused it
  let last = performance.now();
  let maxGapMs = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await work();
  const elapsedMs = performance.now() - started;
  // let the loop turn so a stall that lasted until now is sampled
  await new Promise((resolve) => setTimeout(resolve, 50));
  histogram.disable();
  clearInterval(beat);
  const result = {
    label,
    elapsedMs: Math.round(elapsedMs),
    heartbeatMaxGapMs: Math.round(maxGapMs),
    maxStallMs: Math.round(histogram.max / 1e6),
    p99StallMs: Math.round(histogram.percentile(99) / 1e6),
  };
  console.log(result);
  return result;
}

const xml = buildFeed(20 * 1024 ** 2);
const pool = createParsePool({ size: 2, deadlineMs: 120_000 });
const context = { sourceId: 'bench', feedUrl: 'http://example.org/feed', now: new Date() };
await pool.parse('<rss version="2.0"><channel><title>warm</title></channel></rss>');
const results = [
  await measureStall('parseFeed on the main thread (baseline)', () => parseFeed(xml)),
  await measureStall('parse pool (worker thread)', () => pool.parse(xml)),
  await measureStall('parse pool + normalize on the main thread', async () => {
    const feed = await pool.parse(xml);
    for (const item of feed.items) normalizeItem(item, context);
  }),
  await measureStall('parse pool + normalize in the pool (what poll-source does)', async () => {
    const feed = await pool.parse(xml);
    await pool.normalize(feed.items, context);
  }),
];
await pool.close();
writeFileSync(
  new URL('./bench-parse-stall.json', import.meta.url),
  `${JSON.stringify({ bytes: xml.length, results }, null, 2)}\n`,
);
