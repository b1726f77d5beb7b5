import { availableParallelism } from 'node:os';
import Parser from 'rss-parser';
import { createParsePool, type ParsePool } from '../../../src/worker/index.js';
import { openBenchApp } from '../app.js';
import { loadArticles } from '../articles.js';
import { generateFeed } from '../corpus.js';
import {
  type CorpusFeed,
  feedUrlOf,
  ingestCorpus,
  type PipelineTimes,
  warmParsePool,
} from '../ingest-corpus.js';
import type { ScenarioOptions, ScenarioResult } from '../result.js';
import { elapsedMs, median, roundTo } from '../stats.js';

/** Per-feed items; HTML bytes per item chosen so one feed is about 100 KB. */
const ITEMS_PER_FEED = 50;
const ITEM_HTML_BYTES = 1_200;
/** A parse job's deadline: generous, the scenario measures speed, not timeouts. */
const POOL_DEADLINE_MS = 120_000;

export function buildCorpus(feeds: number, newest: Date): CorpusFeed[] {
  const articles = loadArticles();
  return Array.from({ length: feeds }, (_, index) => ({
    sourceId: `outlet-${index}`,
    text: generateFeed({
      articles,
      seed: 1,
      index,
      items: ITEMS_PER_FEED,
      stories: Math.round((feeds * ITEMS_PER_FEED) / 2),
      itemHtmlBytes: ITEM_HTML_BYTES,
      newest,
    }),
  }));
}

async function parseBare(corpus: readonly CorpusFeed[]): Promise<number> {
  const parser = new Parser();
  const start = process.hrtime.bigint();
  for (const feed of corpus) await parser.parseString(feed.text);
  return elapsedMs(start);
}

async function ingestFull(
  corpus: readonly CorpusFeed[],
  now: Date,
  pool: ParsePool,
): Promise<PipelineTimes> {
  const sources = corpus.map((feed) => ({ id: feed.sourceId, url: feedUrlOf(feed.sourceId) }));
  const bench = await openBenchApp('ingest', sources);
  try {
    return await ingestCorpus(bench.app, corpus, now, pool);
  } finally {
    bench.dispose();
  }
}

export async function runIngest(options: ScenarioOptions): Promise<ScenarioResult> {
  const feeds = options.quick ? 6 : 20;
  const rounds = options.quick ? 3 : 5;
  const now = new Date();
  const corpus = buildCorpus(feeds, now);
  const bytes = corpus.reduce((sum, feed) => sum + Buffer.byteLength(feed.text), 0);
  const items = feeds * ITEMS_PER_FEED;
  // One parse pool for every round, as the daemon keeps its workers (and their compiled code)
  // from poll to poll; each round gets a fresh database. Sized as the daemon sizes it.
  const pool = createParsePool({
    size: Math.min(2, availableParallelism()),
    deadlineMs: POOL_DEADLINE_MS,
  });
  const bare: number[] = [];
  const full: PipelineTimes[] = [];
  try {
    await parseBare(corpus.slice(0, 2));
    if (corpus[0]) await warmParsePool(pool, corpus[0]);
    await ingestFull(corpus.slice(0, 2), now, pool);
    for (let round = 0; round < rounds; round++) {
      bare.push(await parseBare(corpus));
      full.push(await ingestFull(corpus, now, pool));
      options.log(
        `ingest round ${round + 1}: bare ${roundTo(bare.at(-1) ?? 0)} ms, full ${roundTo(full.at(-1)?.totalMs ?? 0)} ms`,
      );
    }
  } finally {
    await pool.close();
  }
  const bareRate = items / (median(bare) / 1000);
  const fullRate = items / (median(full.map((t) => t.totalMs)) / 1000);
  const ratio = fullRate / bareRate;
  return {
    description: `full pipeline as the daemon runs it (the feed's bytes to the parse pool: decode, parseFeed, normalizeItem in a worker; ingestEntries in a transaction on a temp SQLite file, shipped topics; claims after it) vs bare rss-parser parseString, ${feeds} generated feeds x ${ITEMS_PER_FEED} items, mixed RSS/Atom, HTML content`,
    goal: 'items/s >= 0.6 x bare parsing',
    met: ratio >= 0.6,
    ratio: roundTo(ratio, 3),
    measured: {
      items_per_s: roundTo(fullRate, 1),
      median_ms: roundTo(median(full.map((t) => t.totalMs))),
      parse_wait_ms: roundTo(median(full.map((t) => t.parseWaitMs))),
      store_ms: roundTo(median(full.map((t) => t.storeMs))),
      claims_ms: roundTo(median(full.map((t) => t.claimsMs))),
      ...mainCpu(full),
    },
    baseline: {
      name: 'rss-parser 3.13.0 parseString',
      items_per_s: roundTo(bareRate, 1),
      median_ms: roundTo(median(bare)),
    },
    rounds,
    notes: [
      `corpus: ${feeds} feeds, ${items} items, ${roundTo(bytes / feeds / 1024, 1)} KB per feed on average ("~100 KB" read as per feed, 50 items each)`,
      "parse pool: one for all rounds, sized as the daemon's (2 workers here), warm; up to poll.concurrency jobs ahead of the store (as a poll cycle); parse_wait = what the main thread waited for them; main_thread_cpu = the main thread's CPU time for the whole corpus (/proc/self/task/<pid>/stat, 10 ms steps): unlike items/s it does not grow when the machine is loaded, and it shows what moved off the main thread",
      "store = the poll's transaction: clustering (fingerprint, candidate lookup, chooseStory), classification and SQLite writes; claims = provenance of the changed stories after it (refreshClaimsAfterPoll); items/s counts both",
    ],
  };
}

/** The main thread's CPU per 1,000 items and its share of the wall time (medians), when known. */
function mainCpu(full: readonly PipelineTimes[]): Record<string, number> {
  const known = full.filter((t) => t.mainCpuMs !== undefined);
  if (known.length === 0) return {};
  return {
    main_thread_cpu_ms: roundTo(median(known.map((t) => t.mainCpuMs ?? 0))),
    main_thread_busy: roundTo(median(known.map((t) => (t.mainCpuMs ?? 0) / t.totalMs)), 2),
  };
}
