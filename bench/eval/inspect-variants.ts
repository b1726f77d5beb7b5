import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/index.js';
import { clusterInMemory } from '../../test/helpers/cluster-in-memory.js';
import {
  generateVariantStream,
  STREAM_VARIANTS,
  type StreamVariant,
} from '../../test/helpers/unrelated-stream-variants.js';

/**
 * `npx tsx bench/eval/inspect-variants.ts [variant|all] [seeds…]`: places each variant of the
 * unrelated stream in memory with the shipped clusterer and prints the share of entries merged and
 * every merge: its score, its signals, the entry's headline and the headline of the story's first
 * entry.
 */
function inspect(variant: StreamVariant, seed: number): void {
  const stream = generateVariantStream(variant, seed);
  const placements = clusterInMemory(stream, DEFAULT_CLUSTER_OPTIONS);
  const merges = placements.flatMap((placement, i) =>
    placement.storyId === i
      ? []
      : [
          `${placement.score}  ${placement.signals.join(' ')}\n   A: ${stream[i]?.title} | ${stream[i]?.text}\n   B: ${stream[placement.storyId]?.title} | ${stream[placement.storyId]?.text}\n`,
        ],
  );
  process.stdout.write(
    `## ${variant} seed ${seed}: merged ${merges.length} of ${stream.length} (${((merges.length / stream.length) * 100).toFixed(2)} %)\n${merges.join('')}`,
  );
}

const [which = 'all', ...seeds] = process.argv.slice(2);
const variants = which === 'all' ? STREAM_VARIANTS : [which as StreamVariant];
for (const variant of variants)
  for (const seed of seeds.length > 0 ? seeds.map(Number) : [1, 2]) inspect(variant, seed);
