import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `npx tsx bench/bench-top-frames.ts <dir> [N]`: the top N functions by self and by inclusive
 * time of each .cpuprofile in <dir> (from `node --cpu-prof` or BENCH_CPU_PROF=<dir>).
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function nameOf(node: ProfileNode): string {
  const file = node.callFrame.url.replace(/^.*?\/(src|bench|node_modules)\//, '$1/');
  return `${node.callFrame.functionName || '(anonymous)'} ${file}`;
}

function summarizeProfile(profile: Profile): {
  total: number;
  self: Map<string, number>;
  inclusive: Map<string, number>;
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const leaf = byId.get(id);
    if (leaf) self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur);
      if (!node || seen.has(nameOf(node))) continue;
      seen.add(nameOf(node));
      inclusive.set(nameOf(node), (inclusive.get(nameOf(node)) ?? 0) + ms);
    }
  });
  return { total, self, inclusive };
}

function printTop(title: string, times: Map<string, number>, count: number): void {
  console.log(`  ${title}`);
  for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(`${ms.toFixed(0).padStart(9)} ms  ${name}`);
}

const dir = process.argv[2] ?? '.';
const count = Number(process.argv[3] ?? 20);
for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
  const summary = summarizeProfile(
    JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile,
  );
  console.log(`${file}: ${summary.total.toFixed(0)} ms sampled`);
  printTop('self', summary.self, count);
  printTop('inclusive', summary.inclusive, count);
}
