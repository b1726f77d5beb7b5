import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { clusterInMemory } from '../../test/helpers/cluster-in-memory.js';
import { generateUnrelatedStream } from '../../test/helpers/unrelated-stream.js';
import { EVAL_CORPORA } from '../eval/corpora.js';
import { loadLabelledStream } from '../eval/dev-streams.js';

/**
 * `npx tsx bench/tools/placement-digest.ts [out.txt]`: every placement (story, score, signals) of
 * the four labelled corpora's streams and of two unrelated streams, placed in memory as the ingest
 * stage places them (clusterInMemory), with a SHA-256 per stream; with an argument, the placements
 * are written there one a line. Same code, same digests: a speed change must not move them.
 */
const lines: string[] = [];
const report = (name: string, placements: ReturnType<typeof clusterInMemory>) => {
  const rows = placements.map((p, i) => `${name}\t${i}\t${JSON.stringify(p)}`);
  lines.push(...rows);
  const digest = createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16);
  console.log(`${name}: ${placements.length} entries, ${digest}`);
};
for (const name of EVAL_CORPORA) {
  const stream = await loadLabelledStream(name);
  report(name, clusterInMemory(stream.entries.map((entry) => entry.input)));
}
for (const seed of [7, 8])
  report(
    `stream-${seed}`,
    clusterInMemory(generateUnrelatedStream({ feeds: 60, items: 3000, seed, hours: 72 })),
  );
if (process.argv[2]) writeFileSync(process.argv[2], `${lines.join('\n')}\n`);
