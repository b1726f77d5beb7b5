import { existsSync } from 'node:fs';
import path from 'node:path';
import { startChild } from '../child.js';
import { type ScenarioOptions, type ScenarioResult, skippedResult } from '../result.js';
import { roundTo } from '../stats.js';
import { createWorkspace, writeBenchConfig } from '../workspace.js';
import { readMemory } from './memory.js';

const SOURCE_BIN = path.join(import.meta.dirname, '../../../src/bin.ts');
const DIST_BIN = path.join(import.meta.dirname, '../../../dist/src/bin.js');
const BIN = process.env.BENCH_FROM_DIST === '1' && existsSync(DIST_BIN) ? DIST_BIN : SOURCE_BIN;
const FORMATS = ['rss', 'atom', 'json'] as const;
const GOAL_MB = 150;

/**
 * The distinct feed URLs an attacker would loop over (issue 17): every format × limit 481–500 ×
 * page 1–20, taken in that order until `count`; each asks for a different large body.
 */
function hostileTargets(count: number): string[] {
  const targets: string[] = [];
  for (let page = 1; targets.length < count; page++) {
    for (let limit = 481; limit <= 500 && targets.length < count; limit++) {
      for (const format of FORMATS) {
        if (targets.length < count)
          targets.push(`/feeds/all.${format}?limit=${limit}&page=${page}`);
      }
    }
  }
  return targets;
}

async function fetchAll(base: string, targets: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const target of targets) {
    const res = await fetch(`${base}${target}`, { headers: { 'accept-encoding': 'gzip, br' } });
    bytes += (await res.arrayBuffer()).byteLength;
  }
  return bytes;
}

/**
 * Memory growth of `topicfeed serve` while one client asks for 1,200 distinct feed URLs over a
 * 10,000-entry database: the feed cache must stay bounded by bytes (goal: < 150 MB of growth).
 */
export async function runFeedCacheMemory(options: ScenarioOptions): Promise<ScenarioResult> {
  const goal = `RSS growth over 1,200 distinct feed URLs < ${GOAL_MB} MB`;
  if (process.platform !== 'linux') {
    return skippedResult('RSS growth of the feed cache', goal, 'needs /proc (Linux)');
  }
  const count = options.quick ? 300 : 1_200;
  const store = await options.stores.get(10_000);
  const workspace = createWorkspace('feed-cache-memory');
  const configPath = writeBenchConfig(workspace.dir, { database: store.dbFile, sources: [] });
  const daemon = await startChild([BIN, 'serve', '--config', configPath, '--port', '0']);
  const base = `http://127.0.0.1:${daemon.port}`;
  try {
    // Warm-up: each format once at the largest size, so the baseline holds the code paths.
    await fetchAll(base, hostileTargets(3));
    const before = readMemory(daemon.pid).rssMb;
    const bytes = await fetchAll(base, hostileTargets(count));
    const after = readMemory(daemon.pid);
    const growth = after.rssMb - before;
    options.log(
      `feed_cache_memory: ${count} URLs, RSS ${roundTo(before, 1)} → ${roundTo(after.rssMb, 1)} MB`,
    );
    return {
      description: `\`topicfeed serve\` (child process, ${BIN === DIST_BIN ? 'from dist/' : 'through tsx'}) on a prepared database of ${store.count} entries; one client asks for ${count} distinct feed URLs (rss/atom/json × limit 481–500 × page 1–20), each a different body; VmRSS from /proc/<pid>/status before and after`,
      goal,
      met: growth < GOAL_MB,
      ratio: roundTo(growth / GOAL_MB, 3),
      measured: {
        rss_growth_mb: roundTo(growth, 1),
        rss_after_mb: roundTo(after.rssMb, 1),
        peak_rss_mb: roundTo(after.peakMb, 1),
        urls: count,
        body_mb_served: roundTo(bytes / 1024 / 1024, 1),
      },
      baseline: {
        name: 'the same daemon after three warm-up requests',
        rss_mb: roundTo(before, 1),
      },
      rounds: 1,
    };
  } finally {
    await daemon.stop();
    workspace.remove();
  }
}
