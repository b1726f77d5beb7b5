import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../src/worker/extract-article.js';
import { createParsePool, type ParsePool } from '../../../src/worker/index.js';
import { buildArticlePage } from '../../../test/helpers/build-article-page.js';
import { loadArticles } from '../articles.js';
import type { ScenarioOptions, ScenarioResult } from '../result.js';
import { elapsedMs, median, roundTo } from '../stats.js';

const URL = 'https://news.example/world/story.html';
/**
 * Page shapes: bytes, and links in a "more stories" panel (each an <li>, <a>, <img> and <span>),
 * which set the element count: about 600, 2,600 and 8,500 elements.
 */
const SHAPES = {
  light: { targetBytes: 60_000, moreStories: 100 },
  typical: { targetBytes: 300_000, moreStories: 600 },
  heavy: { targetBytes: 1_000_000, moreStories: 2_000 },
};
type ShapeName = keyof typeof SHAPES;
const TWO_MB = 2 * 1024 * 1024;

interface Page {
  html: string;
  title: string;
}

/** Real news texts (the tgcontest leads) as article bodies, in a site page of one shape. */
function buildPages(count: number, shape: ShapeName, offset: number): Page[] {
  const articles = loadArticles();
  return Array.from({ length: count }, (_, i) => {
    const article = articles[((offset + i) * 7) % articles.length] ?? { title: 'x', sentences: [] };
    const bodyHtml = article.sentences.map((sentence) => `<p>${sentence}</p>`).join('\n');
    const layout = i % 2 === 0 ? 'semantic' : 'div-soup';
    const html = buildArticlePage({ title: article.title, bodyHtml, layout, ...SHAPES[shape] });
    return { title: article.title, html };
  });
}

function parseOnly(pages: readonly Page[]): number {
  const start = process.hrtime.bigint();
  for (const page of pages) parseHTML(page.html).document.body?.textContent;
  return elapsedMs(start);
}

function extractInThread(pages: readonly Page[]): number {
  const start = process.hrtime.bigint();
  for (const page of pages) extractArticle(page.html, URL, page.title);
  return elapsedMs(start);
}

async function extractInPool(pages: readonly Page[], pool: ParsePool): Promise<number> {
  const start = process.hrtime.bigint();
  await Promise.all(pages.map((page) => pool.extract(page.html, URL, page.title)));
  return elapsedMs(start);
}

/** The longest event-loop stall while the pool extracts one 2 MB page. */
async function measureStall(pool: ParsePool): Promise<number> {
  const body = Array.from(
    { length: 60 },
    (_, i) => `<p>Paragraph ${i} of a long report on the hearing, which resumed after a break.</p>`,
  ).join('');
  const html = buildArticlePage({
    title: 'A long report',
    bodyHtml: body,
    moreStories: 2_000,
    targetBytes: TWO_MB,
  });
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  await pool.extract(html, URL, 'A long report');
  await delay(30);
  histogram.disable();
  return histogram.max / 1e6;
}

interface ShapeTimes {
  parse: number[];
  inThread: number[];
  inPool: number[];
}

export async function runArticleExtraction(options: ScenarioOptions): Promise<ScenarioResult> {
  const perShape = options.quick ? 6 : 20;
  const rounds = 3;
  const names = Object.keys(SHAPES) as ShapeName[];
  const pages = new Map(names.map((name, i) => [name, buildPages(perShape, name, i * perShape)]));
  const times = new Map<ShapeName, ShapeTimes>(
    names.map((name) => [name, { parse: [], inThread: [], inPool: [] }]),
  );
  const pool = createParsePool({ size: 2, deadlineMs: 120_000 });
  const stalls: number[] = [];
  try {
    for (const list of pages.values()) {
      parseOnly(list.slice(0, 2));
      extractInThread(list.slice(0, 2));
      await extractInPool(list.slice(0, 4), pool);
    }
    for (let round = 0; round < rounds; round++) {
      for (const name of names) {
        const list = pages.get(name) ?? [];
        const shape = times.get(name) as ShapeTimes;
        shape.parse.push(parseOnly(list));
        shape.inThread.push(extractInThread(list));
        shape.inPool.push(await extractInPool(list, pool));
        options.log(
          `article_extraction round ${round + 1} ${name}: parse ${roundTo(shape.parse.at(-1) ?? 0)} ms, extract ${roundTo(shape.inThread.at(-1) ?? 0)} ms, pool ${roundTo(shape.inPool.at(-1) ?? 0)} ms`,
        );
      }
      stalls.push(await measureStall(pool));
      options.log(
        `article_extraction round ${round + 1}: 2 MB stall ${roundTo(stalls.at(-1) ?? 0)} ms`,
      );
    }
  } finally {
    await pool.close();
  }
  const rate = (ms: number[]) => perShape / (median(ms) / 1000);
  const figures = (pick: (t: ShapeTimes) => number[]) =>
    Object.fromEntries(
      names.map((name) => [name, roundTo(rate(pick(times.get(name) as ShapeTimes)), 1)]),
    );
  const all = (pick: (t: ShapeTimes) => number[]) =>
    (perShape * names.length) /
    (names.reduce((sum, name) => sum + median(pick(times.get(name) as ShapeTimes)), 0) / 1000);
  const stall = median(stalls);
  return {
    description: `extractArticle (linkedom + Readability + the feed-content cleaning) on real news texts (tgcontest leads) in generated site pages (navigation, cookie dialog, share bar, newsletter box, "more stories", comments; HTML5 and <div> layouts), ${perShape} pages of each shape: light 60 KB / ~600 elements, typical 300 KB / ~2,600, heavy 1 MB / ~8,500; on the main thread and through a worker pool of 2 (the daemon's path); and the longest event-loop stall while the pool extracts a 2 MB page`,
    goal: 'a 2 MB page stalls the event loop <= 50 ms (extraction runs in the worker pool); pages/s reported',
    met: stall <= 50,
    ratio: roundTo(all((t) => t.inThread) / all((t) => t.parse), 3),
    measured: {
      pages_per_s_pool: roundTo(
        all((t) => t.inPool),
        1,
      ),
      pages_per_s_main_thread: roundTo(
        all((t) => t.inThread),
        1,
      ),
      by_shape_main_thread: figures((t) => t.inThread),
      by_shape_pool: figures((t) => t.inPool),
      stall_2mb_ms: roundTo(stall, 1),
    },
    baseline: {
      name: 'linkedom parseHTML + body.textContent on the same pages',
      pages_per_s: roundTo(
        all((t) => t.parse),
        1,
      ),
      by_shape: figures((t) => t.parse),
    },
    rounds,
    notes: ['ratio: main-thread extraction pages/s ÷ parse-only pages/s, over all shapes'],
  };
}
