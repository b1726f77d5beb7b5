import { writeFileSync } from 'node:fs';
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

function summarize(runs: readonly WrkRun[]) {
  return {
    req_per_s: roundTo(median(runs.map((r) => r.requestsPerSec)), 1),
    p99_ms: roundTo(median(runs.map((r) => r.p99Ms))),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

export async function runServe(options: ScenarioOptions): Promise<ScenarioResult> {
  const goal = 'req/s >= 0.8 x bare node:http (plain, gzip and 304)';
  if (!hasWrk()) {
    options.log(`serve: skipped: ${WRK_MISSING}`);
    return skippedResult('serving a cached topic feed under wrk load', goal, WRK_MISSING);
  }
  const rounds = 3;
  const seconds = options.quick ? 2 : 10;
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
  const runs: Record<string, { topicfeed: WrkRun[]; bare: WrkRun[] }> = {};
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, headersFor] of Object.entries(CASES)) {
        const wrk = { connections: CONNECTIONS, seconds, headers: headersFor(etag) };
        const slot = runs[name] ?? { topicfeed: [], bare: [] };
        runs[name] = slot;
        const order =
          round % 2 === 0 ? (['bare', 'topicfeed'] as const) : (['topicfeed', 'bare'] as const);
        for (const side of order)
          slot[side].push(await runWrk(side === 'bare' ? bareUrl : url, wrk));
        options.log(
          `serve round ${round + 1} ${name}: bare ${slot.bare.at(-1)?.requestsPerSec} req/s, topicfeed ${slot.topicfeed.at(-1)?.requestsPerSec} req/s`,
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
  for (const [name, slot] of Object.entries(runs)) {
    measured[name] = summarize(slot.topicfeed);
    baseline[name] = summarize(slot.bare);
    ratios[name] = roundTo(
      median(slot.topicfeed.map((r) => r.requestsPerSec)) /
        median(slot.bare.map((r) => r.requestsPerSec)),
      3,
    );
  }
  const worst = Math.min(...Object.values(ratios));
  return {
    description: `GET /feeds/all.rss?limit=${prepared.limit} (${roundTo(body.length / 1024, 1)} KB, cached) from \`topicfeed serve\` in a child process vs a bare node:http child process; wrk load generator`,
    goal,
    met: worst >= 0.8,
    ratio: worst,
    measured: { ...measured, ratios },
    baseline,
    rounds,
    notes: ['ratio is the worst of the three cases'],
  };
}
