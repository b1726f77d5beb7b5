import path from 'node:path';
import { buildPollDeps } from '../../../src/app.js';
import type { PollOutcome } from '../../../src/model/index.js';
import { runPollCycle } from '../../../src/scheduler/index.js';
import { listDueSources, listSources } from '../../../src/store/index.js';
import { openBenchApp } from '../app.js';
import { runBareConditional } from '../bare-conditional.js';
import { startChild } from '../child.js';
import type { ScenarioOptions, ScenarioResult } from '../result.js';
import { elapsedMs, median, roundTo } from '../stats.js';

const FEED_SERVER = path.join(import.meta.dirname, 'feed-server.ts');
const POLL = { concurrency: 8, per_host: 8 };

function countOutcomes(outcomes: readonly PollOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o.outcome] = (counts[o.outcome] ?? 0) + 1;
  return counts;
}

interface CycleTimes {
  coldMs: number;
  warmMs: number;
  /** The same conditional requests as the warm cycle, bare undici, same concurrency. */
  bareMs: number;
  bareNotModified: number;
  cold: Record<string, number>;
  warm: Record<string, number>;
}

/**
 * One round on a fresh database: a cold cycle (every source new), then the bare undici loop and
 * the warm cycle (all 304) making the same conditional requests.
 */
async function runRound(port: number, sources: number): Promise<CycleTimes> {
  const urls = Array.from({ length: sources }, (_, i) => `http://127.0.0.1:${port}/feeds/${i}.xml`);
  const bench = await openBenchApp(
    'poll',
    urls.map((url, i) => ({ id: `feed-${i}`, url })),
    POLL,
  );
  try {
    const deps = buildPollDeps(bench.app);
    let start = process.hrtime.bigint();
    const cold = await runPollCycle(listDueSources(bench.app.db, new Date()), deps);
    const coldMs = elapsedMs(start);
    const bare = await runBareConditional(urls, POLL.concurrency);
    start = process.hrtime.bigint();
    const warm = await runPollCycle(listSources(bench.app.db, { activeOnly: true }), deps);
    const warmMs = elapsedMs(start);
    return {
      coldMs,
      warmMs,
      bareMs: bare.ms,
      bareNotModified: bare.notModified,
      cold: countOutcomes(cold),
      warm: countOutcomes(warm),
    };
  } finally {
    bench.dispose();
  }
}

export async function runPollCycleScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const sources = options.quick ? 200 : 1000;
  const rounds = 3;
  const server = await startChild([FEED_SERVER, '--feeds', String(sources), '--items', '5']);
  const results: CycleTimes[] = [];
  try {
    await runRound(server.port, 10);
    for (let round = 0; round < rounds; round++) {
      results.push(await runRound(server.port, sources));
      const last = results.at(-1);
      options.log(
        `poll_cycle round ${round + 1}: cold ${roundTo(last?.coldMs ?? 0)} ms ${JSON.stringify(last?.cold)}, warm ${roundTo(last?.warmMs ?? 0)} ms ${JSON.stringify(last?.warm)}, bare undici ${roundTo(last?.bareMs ?? 0)} ms`,
      );
    }
  } finally {
    await server.stop();
  }
  const coldS = median(results.map((r) => r.coldMs)) / 1000;
  const warmS = median(results.map((r) => r.warmMs)) / 1000;
  const bareS = median(results.map((r) => r.bareMs)) / 1000;
  const ratio = bareS / warmS;
  const allNotModified = results.every(
    (r) => r.warm['not-modified'] === sources && r.bareNotModified === sources,
  );
  return {
    description: `runPollCycle (buildPollDeps deps: undici fetch, parse, normalize, store) over ${sources} sources on a local node:http server (child process, 5-item feeds from memory, ETag): a cold cycle on a fresh database (tracked), then a warm one where every source answers 304, against bare undici making the same ${sources} conditional requests`,
    goal: 'warm cycle req/s >= 0.5 x bare undici conditional requests (same URLs, ETags, concurrency)',
    met: ratio >= 0.5 && allNotModified,
    ratio: roundTo(ratio, 3),
    measured: {
      warm_s: roundTo(warmS, 3),
      warm_req_per_s: roundTo(sources / warmS, 1),
      warm_outcomes: results.at(-1)?.warm,
      cold_s: roundTo(coldS, 3),
      cold_req_per_s: roundTo(sources / coldS, 1),
      cold_outcomes: results.at(-1)?.cold,
      cold_over_warm: roundTo(coldS / warmS, 1),
    },
    baseline: {
      name: `bare undici request() loop, concurrency ${POLL.concurrency}, If-None-Match (same run, same sources)`,
      bare_s: roundTo(bareS, 3),
      bare_req_per_s: roundTo(sources / bareS, 1),
    },
    rounds,
    notes: [
      `poll.concurrency ${POLL.concurrency}, poll.per_host ${POLL.per_host} (every source is on one host here)`,
      "the 0.5 goal is this bench's own floor (the issue names the baseline, not a ratio); the cold cycle is tracked, not judged",
    ],
  };
}
