import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Machine, renderResultsTable } from './report.js';
import type { Scenario, ScenarioResult } from './result.js';
import { runArticleExtraction } from './scenarios/article-extraction.js';
import { runEventLoop } from './scenarios/event-loop.js';
import { runFeedCacheMemory } from './scenarios/feed-cache-memory.js';
import { runIngest } from './scenarios/ingest.js';
import { runLinearTime } from './scenarios/linear-time.js';
import { runMemory } from './scenarios/memory.js';
import { runPlacement } from './scenarios/placement.js';
import { runPollCycleScenario } from './scenarios/poll-cycle.js';
import { runServe } from './scenarios/serve.js';
import { runUnrelatedStream } from './scenarios/unrelated-stream.js';
import { createSeededStores } from './seeded-stores.js';

/**
 * `npm run bench [-- --only ingest,serve] [--quick]`: runs the scenarios, each against its
 * baseline in the same run, and writes bench/perf/results.json and bench/perf/results.md. With --only,
 * the other scenarios' previous results are kept.
 */
const SCENARIOS: Record<string, Scenario> = {
  ingest: runIngest,
  poll_cycle: runPollCycleScenario,
  serve: runServe,
  placement: runPlacement,
  memory: runMemory,
  feed_cache_memory: runFeedCacheMemory,
  event_loop: runEventLoop,
  linear_time: runLinearTime,
  unrelated_stream: runUnrelatedStream,
  article_extraction: runArticleExtraction,
};
const RESULTS_JSON = path.join(import.meta.dirname, 'results.json');
const RESULTS_MD = path.join(import.meta.dirname, 'results.md');

function readPrevious(): Record<string, ScenarioResult> {
  if (!existsSync(RESULTS_JSON)) return {};
  const previous = JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as {
    results?: Record<string, ScenarioResult>;
  };
  return previous.results ?? {};
}

/** `--table-only`: renders bench/perf/results.md again from bench/perf/results.json, runs nothing. */
function writeTableOnly(): number {
  const saved = JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as {
    machine: Machine;
    results: Record<string, ScenarioResult>;
  };
  writeFileSync(RESULTS_MD, renderResultsTable(saved.results, saved.machine));
  console.log(renderResultsTable(saved.results, saved.machine));
  return 0;
}

function formatLoad(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
}

function describeMachine(quick: boolean): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    load: formatLoad(),
    quick,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'table-only': { type: 'boolean', default: false },
    },
  });
  if (values['table-only']) return writeTableOnly();
  const names = values.only ? values.only.split(',').map((n) => n.trim()) : Object.keys(SCENARIOS);
  const unknown = names.filter((name) => !(name in SCENARIOS));
  if (unknown.length > 0) {
    console.error(
      `bench: unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`,
    );
    return 2;
  }
  const quick = values.quick ?? false;
  const machine = describeMachine(quick);
  const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const stores = createSeededStores(quick ? 500 : 2_000, log);
  const results = readPrevious();
  try {
    for (const name of names) {
      log(`${name}: start`);
      const load = formatLoad();
      const result = await (SCENARIOS[name] as Scenario)({ quick, log, stores });
      results[name] = { ...result, ranAt: new Date().toISOString(), loadAtStart: load, quick };
      log(
        `${name}: ratio ${result.ratio}, goal ${result.goal}, met ${result.met}${result.skipped ? ` (skipped: ${result.skipped})` : ''}`,
      );
      writeFileSync(RESULTS_JSON, `${JSON.stringify({ machine, results }, null, 2)}\n`);
    }
  } finally {
    stores.removeAll();
  }
  machine.loadEnd = formatLoad();
  const ordered = Object.fromEntries(
    Object.keys(SCENARIOS)
      .filter((n) => results[n])
      .map((n) => [n, results[n] as ScenarioResult]),
  );
  writeFileSync(RESULTS_JSON, `${JSON.stringify({ machine, results: ordered }, null, 2)}\n`);
  writeFileSync(RESULTS_MD, renderResultsTable(ordered, machine));
  console.log(renderResultsTable(ordered, machine));
  return 0;
}

process.exitCode = await main();
