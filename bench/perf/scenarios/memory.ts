import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startChild } from '../child.js';
import { launcherFlags } from '../launcher-flags.js';
import { type ScenarioOptions, type ScenarioResult, skippedResult } from '../result.js';
import { roundTo } from '../stats.js';
import { createWorkspace, writeBenchConfig } from '../workspace.js';

const FEED_SERVER = path.join(import.meta.dirname, 'feed-server.ts');
const ROOT = path.join(import.meta.dirname, '../../..');
const SOURCE_BIN = path.join(ROOT, 'src/bin.ts');
const DIST_BIN = path.join(ROOT, 'dist/src/bin.js');
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
async function measureIdleDaemon(bin: string, flags: readonly string[]): Promise<number> {
  const workspace = createWorkspace('memory-idle');
  const configPath = writeBenchConfig(workspace.dir, { database: 'idle.db', sources: [] });
  const daemon = await startChild(
    [bin, 'serve', '--config', configPath, '--port', '0'],
    undefined,
    flags,
  );
  try {
    await fetch(`http://127.0.0.1:${daemon.port}/feeds/all.rss`).then((res) => res.arrayBuffer());
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return readMemory(daemon.pid).peakMb;
  } finally {
    await daemon.stop();
    workspace.remove();
  }
}

/**
 * Builds dist/ as `npm start` does (`npm run build`: tsc -p tsconfig.build.json), so the daemon
 * is measured as users run it.
 */
function buildDist(): void {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0)
    throw new Error(`memory: building dist/ failed: ${built.stdout}${built.stderr}`);
}

interface DaemonPeak {
  peakMb: number;
  /** Seconds after the start at which the peak was first seen (sampled every 250 ms). */
  peakAtS: number;
  finalMb: number;
  requests: number;
}

/** `topicfeed run` from `bin` on the store, polling and serving for `seconds`: its peak RSS. */
async function measureDaemon(
  bin: string,
  dbFile: string,
  feedsPort: number,
  seconds: number,
  flags: readonly string[],
): Promise<DaemonPeak> {
  const workspace = createWorkspace('memory');
  const configPath = writeBenchConfig(workspace.dir, {
    database: dbFile,
    sources: Array.from({ length: FEEDS }, (_, i) => ({
      id: `live-${i}`,
      url: `http://127.0.0.1:${feedsPort}/feeds/${i}.xml`,
      interval: '10s',
    })),
    poll: { schedule: '*/10 * * * * *', interval: '10s' },
  });
  const daemon = await startChild([bin, 'run', '--config', configPath], undefined, flags);
  const samples: number[] = [];
  let peakMb = 0;
  let peakAtS = 0;
  const started = Date.now();
  const sampler = setInterval(() => {
    const memory = readMemory(daemon.pid);
    samples.push(memory.rssMb);
    if (memory.peakMb > peakMb) peakAtS = (Date.now() - started) / 1000;
    peakMb = Math.max(peakMb, memory.peakMb);
  }, 250);
  let requests = 0;
  try {
    requests = await requestUntil(`http://127.0.0.1:${daemon.port}`, Date.now() + seconds * 1000);
    peakMb = Math.max(peakMb, readMemory(daemon.pid).peakMb);
  } finally {
    clearInterval(sampler);
    await daemon.stop();
    workspace.remove();
  }
  return { peakMb, peakAtS, finalMb: samples.at(-1) ?? 0, requests };
}

/**
 * The daemon as users run it (`npm start`: node dist/src/bin.js, built first) is the figure
 * judged; the same through tsx (the sources, as tests and a fresh clone run them) is tracked
 * beside it, except in --quick runs and with BENCH_MEMORY_TSX=0. Both on the same store, one after the other (the second finds
 * the first's ~2,400 new entries there too); the feeds serve fresh items every poll.
 */
export async function runMemory(options: ScenarioOptions): Promise<ScenarioResult> {
  const goal = 'peak RSS <= 300 MB (node dist/, as npm start runs it)';
  if (process.platform !== 'linux') {
    return skippedResult('peak RSS of the daemon', goal, 'needs /proc (Linux)');
  }
  buildDist();
  const flags = launcherFlags(ROOT);
  const idleMb = await measureIdleDaemon(DIST_BIN, flags);
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
  let dist: DaemonPeak;
  let tsx: DaemonPeak | undefined;
  try {
    dist = await measureDaemon(DIST_BIN, store.dbFile, feeds.port, seconds, flags);
    if (!options.quick && process.env.BENCH_MEMORY_TSX !== '0')
      tsx = await measureDaemon(SOURCE_BIN, store.dbFile, feeds.port, seconds, flags);
  } finally {
    await feeds.stop();
  }
  options.log(
    `memory: peak ${roundTo(dist.peakMb, 1)} MB from dist/${tsx ? `, ${roundTo(tsx.peakMb, 1)} MB through tsx` : ''} over ${seconds} s, ${dist.requests} requests`,
  );
  return {
    description: `\`topicfeed run\` (child process, node ${flags.join(' ')} dist/src/bin.js, as npm start runs it, built by tsc -p tsconfig.build.json; then the same through tsx) on a prepared database of ${store.count} entries, polling ${FEEDS} local feeds every 10 s (20 new items each poll) and serving ${PATHS.length} routes one request after another for ${seconds} s; VmHWM from /proc/<pid>/status`,
    goal,
    met: dist.peakMb <= 300,
    ratio: roundTo(dist.peakMb / 300, 3),
    measured: {
      peak_rss_mb: roundTo(dist.peakMb, 1),
      peak_at_s: roundTo(dist.peakAtS, 1),
      final_rss_mb: roundTo(dist.finalMb, 1),
      ...(tsx
        ? { tsx_peak_rss_mb: roundTo(tsx.peakMb, 1), tsx_final_rss_mb: roundTo(tsx.finalMb, 1) }
        : {}),
      stored_entries: store.count,
      requests: dist.requests,
      node_flags: flags.join(' '),
    },
    baseline: {
      name: 'the same daemon (dist/) idle on an empty database (serve)',
      peak_rss_mb: roundTo(idleMb, 1),
    },
    rounds: 1,
    notes: [
      'judged from dist/ (npm start); tsx_* is the same daemon through tsx (the transpiler is loaded in the main thread and in each worker), tracked, not judged',
    ],
  };
}
