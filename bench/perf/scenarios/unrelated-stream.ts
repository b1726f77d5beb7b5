import { DEFAULT_CLUSTER_OPTIONS } from '../../../src/clusterer/index.js';
import { clusterInMemory } from '../../../test/helpers/cluster-in-memory.js';
import { generateUnrelatedStream } from '../../../test/helpers/unrelated-stream.js';
import type { ScenarioOptions, ScenarioResult } from '../result.js';
import { roundTo } from '../stats.js';

const GOAL_SHARE = 0.005;

/**
 * A stream of 3,000 unrelated items from 60 feeds (shared boilerplate, quote templates, popular
 * names and places, months, numbers; no two items report one event) placed one by one by the
 * clusterer as ingest does: the share of entries merged into another's story (every one is
 * wrong), and the placement time per entry as the window fills.
 */
export async function runUnrelatedStream(options: ScenarioOptions): Promise<ScenarioResult> {
  const seeds = options.quick ? [7] : [7, 8, 9];
  const shares: number[] = [];
  const msPerEntry: number[] = [];
  for (const seed of seeds) {
    const stream = generateUnrelatedStream({ feeds: 60, items: 3000, seed, hours: 72 });
    const started = performance.now();
    const placements = clusterInMemory(stream, DEFAULT_CLUSTER_OPTIONS);
    msPerEntry.push((performance.now() - started) / stream.length);
    const merged = placements.filter((placement, i) => placement.storyId !== i).length;
    shares.push(merged / stream.length);
    options.log(`unrelated stream seed ${seed}: ${merged} of ${stream.length} entries merged`);
  }
  const worst = Math.max(...shares);
  return {
    description:
      'share of 3,000 unrelated entries (60 feeds, 72 h) that the clusterer merges into another entry’s story, placed in memory as ingest does; worst of the seeds',
    goal: `merged share <= ${GOAL_SHARE}`,
    met: worst <= GOAL_SHARE,
    ratio: roundTo(worst / GOAL_SHARE, 3),
    measured: {
      worst_share: roundTo(worst, 4),
      shares: shares.map((share) => roundTo(share, 4)),
      ms_per_entry: roundTo(Math.max(...msPerEntry), 3),
    },
    baseline: null,
    rounds: seeds.length,
    notes: ['the pair model is trained on another draw of the generator (seed 11)'],
  };
}
