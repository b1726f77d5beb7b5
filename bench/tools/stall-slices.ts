import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { buildPollDeps } from '../../src/app.js';
import { pollSource } from '../../src/ingest/index.js';
import { type IngestWriter, listDueSources } from '../../src/store/index.js';
import { openBenchApp } from '../perf/app.js';
import { startChild } from '../perf/child.js';

/**
 * `npx tsx bench/tools/stall-slices.ts [rounds] [mb]`: what ran in the longest event-loop turns
 * of the event_loop scenario's poll (one 20 MB, 1,000-item feed through pollSource with
 * buildPollDeps), judged on CPU so that a loaded machine does not mislead: a 2 ms timer records
 * every gap over 15 ms with the main thread's CPU time in it (Linux schedstat), and the four
 * costliest are shown with the GC pauses inside them and the store calls around them (each
 * IngestWriter call and each `exec`: BEGIN, COMMIT) that took over 2 ms until the next mark.
 * Each COMMIT over 5 ms of CPU is printed with how much it grew the WAL. STALL_CACHE_KIB=<n> sets
 * the writer's page cache (cache_size) for the experiment.
 */
interface Mark {
  at: number;
  label: string;
}
interface Gap {
  from: number;
  to: number;
  cpu: number;
}
interface Pause {
  at: number;
  ms: number;
}

const rounds = Number(process.argv[2] ?? 3);
const megabytes = Number(process.argv[3] ?? 20);
const nowUs = () => Number(process.hrtime.bigint() / 1000n);
const ms = (us: number) => (us / 1000).toFixed(1);

const server = await startChild([
  path.join(import.meta.dirname, '../perf/scenarios/feed-server.ts'),
  ...['--feeds', '1', '--big-mb', String(megabytes)],
]);
try {
  for (let round = 1; round <= rounds; round++) await pollOnce(round);
} finally {
  await server.stop();
}

async function pollOnce(round: number): Promise<void> {
  const bench = await openBenchApp('stall-slices', [
    { id: 'big', url: `http://127.0.0.1:${server.port}/big.xml` },
  ]);
  const marks: Mark[] = [];
  const pauses: Pause[] = [];
  // The performance clock and hrtime differ by an offset: GC pauses are put on hrtime.
  const offsetUs = nowUs() - Math.round((performance.timeOrigin + performance.now()) * 1000);
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const at = Math.round((performance.timeOrigin + entry.startTime) * 1000) + offsetUs;
      pauses.push({ at, ms: entry.duration });
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  try {
    const { db } = bench.app;
    if (process.env.STALL_CACHE_KIB) db.pragma(`cache_size = -${process.env.STALL_CACHE_KIB}`);
    const exec = db.exec.bind(db);
    db.exec = ((sql: string) => {
      const wal = walBytes(db.name);
      const cpu = threadCpuUs();
      marks.push({ at: nowUs(), label: `exec ${sql.slice(0, 20)}` });
      const result = exec(sql);
      marks.push({ at: nowUs(), label: `exec ${sql.slice(0, 20)} done` });
      const used = threadCpuUs() - cpu;
      if (sql === 'COMMIT' && used > 5000) {
        const grown = ((walBytes(db.name) - wal) / 1_048_576).toFixed(1);
        console.log(`  COMMIT: cpu ${ms(used)} ms, WAL +${grown} MB`);
      }
      return result;
    }) as typeof db.exec;
    const deps = buildPollDeps(bench.app);
    const store = deps.store;
    deps.store = {
      ...store,
      write: (work) => store.write((writer) => work(marked(writer, marks))),
    };
    const [source] = listDueSources(db, new Date());
    if (!source) throw new Error('stall-slices: no due source');
    const gaps: Gap[] = [];
    let last = nowUs();
    let lastCpu = threadCpuUs();
    const timer = setInterval(() => {
      const [now, cpu] = [nowUs(), threadCpuUs()];
      if (now - last > 15_000) gaps.push({ from: last, to: now, cpu: cpu - lastCpu });
      [last, lastCpu] = [now, cpu];
    }, 2);
    const started = nowUs();
    const cpuStarted = threadCpuUs();
    await pollSource(source, deps);
    const pollUs = nowUs() - started;
    const pollCpuUs = threadCpuUs() - cpuStarted;
    await delay(50);
    clearInterval(timer);
    const costliest = [...gaps].sort((a, b) => b.cpu - a.cpu).slice(0, 4);
    const wallMax = Math.max(0, ...gaps.map((gap) => gap.to - gap.from));
    console.log(
      `round ${round}: poll ${ms(pollUs)} ms (main-thread cpu ${ms(pollCpuUs)} ms), ${gaps.length} gaps over 15 ms, longest ${ms(wallMax)} ms; by cpu: ${costliest.map((gap) => `${ms(gap.cpu)} (wall ${ms(gap.to - gap.from)})`).join(', ')}`,
    );
    for (const gap of costliest) describeGap(gap, pauses, marks, started);
  } finally {
    gcObserver.disconnect();
    bench.dispose();
  }
}

function describeGap(gap: Gap, pauses: Pause[], marks: Mark[], started: number): void {
  console.log(
    `  gap ${ms(gap.to - gap.from)} ms, cpu ${ms(gap.cpu)} ms, at +${ms(gap.from - started)} ms`,
  );
  const inGap = pauses.filter((p) => p.at + p.ms * 1000 >= gap.from && p.at <= gap.to);
  if (inGap.length > 0)
    console.log(`    gc: ${inGap.map((p) => `${p.ms.toFixed(1)} ms`).join(', ')}`);
  const near = marks.filter((m) => m.at >= gap.from - 1000 && m.at <= gap.to + 1000);
  const long = near
    .map((mark, i) => ({ mark, until: near[i + 1]?.at ?? gap.to }))
    .filter(({ mark, until }) => until - mark.at > 2000)
    .map(({ mark, until }) => `${mark.label} ${ms(until - mark.at)}`);
  const counts = new Map<string, number>();
  for (const mark of near) counts.set(mark.label, (counts.get(mark.label) ?? 0) + 1);
  if (near.length === 0) return;
  console.log(`    steps over 2 ms: ${long.join(', ') || 'none'}`);
  console.log(`    calls: ${[...counts].map(([label, n]) => `${label} x${n}`).join(', ')}`);
}

/** The writer with a mark at each call (the method's name). */
function marked(writer: IngestWriter, marks: Mark[]): IngestWriter {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(writer) as [string, (...a: unknown[]) => unknown][])
    wrapped[name] = (...args: unknown[]) => {
      marks.push({ at: nowUs(), label: name });
      return method(...args);
    };
  return wrapped as unknown as IngestWriter;
}

function walBytes(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

/** The main thread's CPU time in µs (Linux: the first field of schedstat, ns on a CPU). */
function threadCpuUs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8');
  return Number(stat.slice(0, stat.indexOf(' '))) / 1000;
}
