import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderStoredTopicFeed } from '../../../src/server/index.js';
import { openBenchApp } from '../app.js';
import { loadArticles } from '../articles.js';
import { startChild } from '../child.js';
import { generateFeed } from '../corpus.js';
import { type CorpusFeed, feedUrlOf, ingestCorpus } from '../ingest-corpus.js';
import { type ScenarioOptions, type ScenarioResult, skippedResult } from '../result.js';
import { median, roundTo } from '../stats.js';
import { hasWrk, runWrk, WRK_MISSING, type WrkRun } from '../wrk.js';

const BARE_SERVER = path.join(import.meta.dirname, 'bare-server.ts');
const BIN = path.join(import.meta.dirname, '../../../src/bin.ts');
const TARGET_BYTES = 200 * 1024;
const CONNECTIONS = 50;

interface Prepared {
  dir: string;
  configPath: string;
  limit: number;
  remove: () => void;
}

/** A database of real ingested stories and the `limit` that makes /feeds/all.rss about 200 KB. */
async function prepareStore(): Promise<Prepared> {
  const articles = loadArticles();
  const now = new Date();
  const corpus: CorpusFeed[] = Array.from({ length: 4 }, (_, index) => ({
    sourceId: `outlet-${index}`,
    text: generateFeed({
      articles,
      seed: 3,
      index,
      items: 50,
      stories: 100,
      itemHtmlBytes: 1_200,
      newest: now,
    }),
  }));
  const bench = await openBenchApp(
    'serve',
    corpus.map((f) => ({ id: f.sourceId, url: feedUrlOf(f.sourceId) })),
  );
  await ingestCorpus(bench.app, corpus, now);
  const request = { topic: 'all', format: 'rss' as const, limit: 50, page: 1 };
  const sample = renderStoredTopicFeed(bench.app.db, bench.app.config, bench.app.version, request);
  const limit = Math.max(1, Math.round((50 * TARGET_BYTES) / Buffer.byteLength(sample.text)));
  bench.app.close();
  return { dir: bench.dir, configPath: bench.configPath, limit, remove: bench.remove };
}

const CASES: Record<string, (etag: string) => string[]> = {
  plain: () => [],
  gzip: () => ['Accept-Encoding: gzip'],
  not_modified: (etag) => [`If-None-Match: ${etag}`],
};

/** One wrk run and the CPU time the server process spent serving it. */
interface ServedRun extends WrkRun {
  cpuUsPerRequest: number;
}

/** CPU seconds (user + system, all threads) a process has used, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Linux's USER_HZ: /proc counts CPU time in 1/100 s. */
const CLOCK_TICKS = 100;

async function serveRun(
  pid: number,
  url: string,
  wrk: Parameters<typeof runWrk>[1],
): Promise<ServedRun> {
  const before = cpuSeconds(pid);
  const run = await runWrk(url, wrk);
  const spent = cpuSeconds(pid) - before;
  return { ...run, cpuUsPerRequest: (spent * 1e6) / run.requests };
}

function summarize(runs: readonly ServedRun[]) {
  return {
    req_per_s: roundTo(median(runs.map((r) => r.requestsPerSec)), 1),
    p99_ms: roundTo(median(runs.map((r) => r.p99Ms))),
    cpu_us_per_req: roundTo(median(runs.map((r) => r.cpuUsPerRequest)), 1),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** Median over rounds of bare ÷ topicfeed CPU per request: above 1, topicfeed spends less. */
function cpuRatio(slot: { topicfeed: ServedRun[]; bare: ServedRun[] }): number {
  return roundTo(
    median(
      slot.topicfeed.map((run, i) => (slot.bare[i]?.cpuUsPerRequest ?? 0) / run.cpuUsPerRequest),
    ),
    3,
  );
}

export async function runServe(options: ScenarioOptions): Promise<ScenarioResult> {
  const goal = 'req/s >= 0.9 x bare node:http (plain, gzip and 304)';
  if (!hasWrk()) {
    options.log(`serve: skipped: ${WRK_MISSING}`);
    return skippedResult('serving a cached topic feed under wrk load', goal, WRK_MISSING);
  }
  const rounds = 5;
  const seconds = options.quick ? 2 : 6;
  const prepared = await prepareStore();
  const topicfeed = await startChild([
    BIN,
    'serve',
    '--config',
    prepared.configPath,
    '--port',
    '0',
  ]);
  const url = `http://127.0.0.1:${topicfeed.port}/feeds/all.rss?limit=${prepared.limit}`;
  const first = await fetch(url);
  const body = Buffer.from(await first.arrayBuffer());
  const etag = first.headers.get('etag') ?? '';
  const bodyFile = path.join(prepared.dir, 'body.rss');
  writeFileSync(bodyFile, body);
  const bare = await startChild([BARE_SERVER, bodyFile]);
  const bareUrl = `http://127.0.0.1:${bare.port}/feeds/all.rss?limit=${prepared.limit}`;
  const runs: Record<string, { topicfeed: ServedRun[]; bare: ServedRun[] }> = {};
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, headersFor] of Object.entries(CASES)) {
        const wrk = { connections: CONNECTIONS, seconds, headers: headersFor(etag) };
        const slot = runs[name] ?? { topicfeed: [], bare: [] };
        runs[name] = slot;
        const order =
          round % 2 === 0 ? (['bare', 'topicfeed'] as const) : (['topicfeed', 'bare'] as const);
        for (const side of order)
          slot[side].push(
            side === 'bare'
              ? await serveRun(bare.pid, bareUrl, wrk)
              : await serveRun(topicfeed.pid, url, wrk),
          );
        options.log(
          `serve round ${round + 1} ${name}: bare ${slot.bare.at(-1)?.requestsPerSec} req/s ${roundTo(slot.bare.at(-1)?.cpuUsPerRequest ?? 0, 1)} µs CPU/req, topicfeed ${slot.topicfeed.at(-1)?.requestsPerSec} req/s ${roundTo(slot.topicfeed.at(-1)?.cpuUsPerRequest ?? 0, 1)} µs CPU/req`,
        );
      }
    }
  } finally {
    await topicfeed.stop();
    await bare.stop();
    prepared.remove();
  }
  const measured: Record<string, unknown> = {
    generator: `wrk -t1 -c${CONNECTIONS} -d${seconds}s`,
    body_bytes: body.length,
  };
  const baseline: Record<string, unknown> = {
    name: 'bare node:http server (child process) sending the same bytes',
  };
  const ratios: Record<string, number> = {};
  const cpuRatios: Record<string, number> = {};
  for (const [name, slot] of Object.entries(runs)) {
    measured[name] = summarize(slot.topicfeed);
    baseline[name] = summarize(slot.bare);
    ratios[name] = roundTo(
      median(slot.topicfeed.map((r) => r.requestsPerSec)) /
        median(slot.bare.map((r) => r.requestsPerSec)),
      3,
    );
    cpuRatios[name] = cpuRatio(slot);
  }
  const worst = Math.min(...Object.values(ratios));
  return {
    description: `GET /feeds/all.rss?limit=${prepared.limit} (${roundTo(body.length / 1024, 1)} KB, cached) from \`topicfeed serve\` in a child process vs a bare node:http child process; wrk load generator`,
    goal,
    met: worst >= 0.9,
    ratio: worst,
    measured: { ...measured, ratios, cpu_ratios: cpuRatios },
    baseline,
    rounds,
    notes: [
      'ratio is the worst of the three cases (req/s, median of rounds over median of rounds)',
      'cpu_ratios: median over rounds of bare CPU µs per request ÷ topicfeed CPU µs per request (server process, /proc/<pid>/stat), which holds on a loaded machine where req/s follows the load',
    ],
  };
}
