import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startChild } from '../child.js';
import { type ScenarioOptions, type ScenarioResult, skippedResult } from '../result.js';
import { roundTo } from '../stats.js';
import { createWorkspace, writeBenchConfig } from '../workspace.js';

const FEED_SERVER = path.join(import.meta.dirname, 'feed-server.ts');
const SOURCE_BIN = path.join(import.meta.dirname, '../../../src/bin.ts');
const DIST_BIN = path.join(import.meta.dirname, '../../../dist/src/bin.js');
/** BENCH_FROM_DIST=1 runs the built daemon (npm run build first) instead of the sources via tsx. */
const BIN = process.env.BENCH_FROM_DIST === '1' && existsSync(DIST_BIN) ? DIST_BIN : SOURCE_BIN;
const FEEDS = 20;
const PATHS = [
  '/feeds/all.rss',
  '/feeds/belarus.atom',
  '/feeds/political-prisoners.json',
  '/',
  '/healthz',
  '/feeds/all.rss?limit=200',
  '/opml',
];

/** VmHWM (peak RSS) and VmRSS of a process, in MB, from /proc/<pid>/status. */
export function readMemory(pid: number): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

/** Light serving load: one request after another over a few routes until `until`. */
async function requestUntil(base: string, until: number): Promise<number> {
  let count = 0;
  while (Date.now() < until) {
    const route = PATHS[count % PATHS.length] ?? '/';
    const res = await fetch(`${base}${route}`, { headers: { 'accept-encoding': 'gzip' } });
    await res.arrayBuffer();
    count++;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return count;
}

/** Peak RSS of `topicfeed serve` on an empty database after start-up: the floor (Node, tsx, modules). */
async function measureIdleDaemon(): Promise<number> {
  const workspace = createWorkspace('memory-idle');
  const configPath = writeBenchConfig(workspace.dir, { database: 'idle.db', sources: [] });
  const daemon = await startChild([BIN, 'serve', '--config', configPath, '--port', '0']);
  try {
    await fetch(`http://127.0.0.1:${daemon.port}/feeds/all.rss`).then((res) => res.arrayBuffer());
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return readMemory(daemon.pid).peakMb;
  } finally {
    await daemon.stop();
    workspace.remove();
  }
}

export async function runMemory(options: ScenarioOptions): Promise<ScenarioResult> {
  const goal = 'peak RSS <= 300 MB';
  if (process.platform !== 'linux') {
    return skippedResult('peak RSS of the daemon', goal, 'needs /proc (Linux)');
  }
  const idleMb = await measureIdleDaemon();
  const store = await options.stores.get(options.quick ? 50_000 : 200_000);
  const seconds = options.quick ? 20 : 60;
  const feeds = await startChild([
    FEED_SERVER,
    '--feeds',
    String(FEEDS),
    '--items',
    '20',
    '--fresh',
  ]);
  const workspace = createWorkspace('memory');
  const configPath = writeBenchConfig(workspace.dir, {
    database: store.dbFile,
    sources: Array.from({ length: FEEDS }, (_, i) => ({
      id: `live-${i}`,
      url: `http://127.0.0.1:${feeds.port}/feeds/${i}.xml`,
      interval: '10s',
    })),
    poll: { schedule: '*/10 * * * * *', interval: '10s' },
  });
  const daemon = await startChild([BIN, 'run', '--config', configPath]);
  const samples: number[] = [];
  let peakMb = 0;
  const sampler = setInterval(() => {
    const memory = readMemory(daemon.pid);
    samples.push(memory.rssMb);
    peakMb = Math.max(peakMb, memory.peakMb);
  }, 250);
  let requests = 0;
  try {
    requests = await requestUntil(`http://127.0.0.1:${daemon.port}`, Date.now() + seconds * 1000);
    peakMb = Math.max(peakMb, readMemory(daemon.pid).peakMb);
  } finally {
    clearInterval(sampler);
    await daemon.stop();
    await feeds.stop();
    workspace.remove();
  }
  options.log(`memory: peak ${roundTo(peakMb, 1)} MB over ${seconds} s, ${requests} requests`);
  return {
    description: `\`topicfeed run\` (child process, ${BIN === DIST_BIN ? 'from dist/' : 'through tsx'}) on a prepared database of ${store.count} entries, polling ${FEEDS} local feeds every 10 s (20 new items each poll) and serving ${PATHS.length} routes one request after another for ${seconds} s; VmHWM from /proc/<pid>/status`,
    goal,
    met: peakMb <= 300,
    ratio: roundTo(peakMb / 300, 3),
    measured: {
      peak_rss_mb: roundTo(peakMb, 1),
      final_rss_mb: roundTo(samples.at(-1) ?? 0, 1),
      stored_entries: store.count,
      requests,
    },
    baseline: {
      name: 'the same daemon idle on an empty database (serve)',
      peak_rss_mb: roundTo(idleMb, 1),
    },
    rounds: 1,
    notes: [
      BIN === DIST_BIN
        ? 'run from dist/ (BENCH_FROM_DIST=1)'
        : 'run from source with tsx (a fresh clone has no dist/); the transpiler adds some memory, so the figure is an upper bound',
    ],
  };
}
