import path from 'node:path';
import { buildPollDeps } from '../../../src/app.js';
import type { PollOutcome } from '../../../src/model/index.js';
import { runPollCycle } from '../../../src/scheduler/index.js';
import { listDueSources, listSources } from '../../../src/store/index.js';
import { openBenchApp } from '../app.js';
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
  cold: Record<string, number>;
  warm: Record<string, number>;
}

/** One round on a fresh database: a cold cycle (every source new), then a warm one (all 304). */
async function runRound(port: number, sources: number): Promise<CycleTimes> {
  const bench = openBenchApp(
    'poll',
    Array.from({ length: sources }, (_, i) => ({
      id: `feed-${i}`,
      url: `http://127.0.0.1:${port}/feeds/${i}.xml`,
    })),
    POLL,
  );
  try {
    const deps = buildPollDeps(bench.app);
    let start = process.hrtime.bigint();
    const cold = await runPollCycle(listDueSources(bench.app.db, new Date()), deps);
    const coldMs = elapsedMs(start);
    start = process.hrtime.bigint();
    const warm = await runPollCycle(listSources(bench.app.db, { activeOnly: true }), deps);
    const warmMs = elapsedMs(start);
    return { coldMs, warmMs, cold: countOutcomes(cold), warm: countOutcomes(warm) };
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
        `poll_cycle round ${round + 1}: cold ${roundTo(last?.coldMs ?? 0)} ms ${JSON.stringify(last?.cold)}, warm ${roundTo(last?.warmMs ?? 0)} ms ${JSON.stringify(last?.warm)}`,
      );
    }
  } finally {
    await server.stop();
  }
  const coldS = median(results.map((r) => r.coldMs)) / 1000;
  const warmS = median(results.map((r) => r.warmMs)) / 1000;
  const ratio = coldS / warmS;
  const allNotModified = results.every((r) => r.warm['not-modified'] === sources);
  return {
    description: `runPollCycle (buildPollDeps deps: undici fetch, parse, normalize, store) over ${sources} sources on a local node:http server (child process, 5-item feeds from memory, ETag); cold cycle on a fresh database, then a warm one where every source answers 304`,
    goal: 'warm cycle >= 20x faster than cold',
    met: ratio >= 20 && allNotModified,
    ratio: roundTo(ratio, 1),
    measured: {
      warm_s: roundTo(warmS, 3),
      warm_req_per_s: roundTo(sources / warmS, 1),
      warm_outcomes: results.at(-1)?.warm,
    },
    baseline: {
      name: 'cold cycle (same run, same sources)',
      cold_s: roundTo(coldS, 3),
      cold_req_per_s: roundTo(sources / coldS, 1),
      cold_outcomes: results.at(-1)?.cold,
    },
    rounds,
    notes: [
      `poll.concurrency ${POLL.concurrency}, poll.per_host ${POLL.per_host} (every source is on one host here)`,
    ],
  };
}
