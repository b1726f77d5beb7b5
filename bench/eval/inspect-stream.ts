import {
  DEFAULT_CLUSTER_OPTIONS,
  fingerprintEntry,
  StoryIndex,
  scorePair,
} from '../../src/clusterer/index.js';
import { clusterInMemory } from '../../test/helpers/cluster-in-memory.js';
import type { CorpusName } from '../../test/helpers/evaluate-corpus.js';
import { loadLabelledStream } from './dev-streams.js';

/**
 * `npx tsx bench/eval/inspect-stream.ts [corpus] [dev|test|all]`: places a labelled corpus in
 * memory with the shipped clusterer and prints its wrong merges and its missed same-story pairs,
 * each with the pair's score and signals (rarity from the whole corpus).
 */
async function inspect(name: CorpusName, half: string): Promise<void> {
  const stream = await loadLabelledStream(name);
  const placements = clusterInMemory(
    stream.entries.map((entry) => entry.input),
    DEFAULT_CLUSTER_OPTIONS,
  );
  const fingerprints = stream.entries.map((entry) => fingerprintEntry(entry.input));
  const index = new StoryIndex({ windowHours: 1e6 });
  for (const [i, fp] of fingerprints.entries()) index.add(i, i, fp);
  const inHalf = (i: number) => half === 'all' || stream.items[i]?.half === half;
  const items = stream.items.map((item, i) => ({ ...item, entry: stream.entryOf[i] as number }));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as (typeof items)[number];
      const b = items[j] as (typeof items)[number];
      if (!inHalf(i) || !inHalf(j) || a.entry === b.entry) continue;
      const gold = a.story === b.story;
      const placed = placements[a.entry]?.storyId === placements[b.entry]?.storyId;
      if (gold && placed) tp++;
      if (!gold && placed) fp++;
      if (gold && !placed) fn++;
      if (gold === placed) continue;
      const fa = fingerprints[a.entry];
      const fb = fingerprints[b.entry];
      if (fa === undefined || fb === undefined) continue;
      const result = scorePair(fa.features, fb.features, { weight: index.weigh, windowHours: 1e6 });
      const line = `${result.score}  ${result.signals.join(' ')}\n   A: ${stream.entries[a.entry]?.input.title}\n   B: ${stream.entries[b.entry]?.input.title}\n`;
      (gold ? missed : wrong).push(line);
    }
  }
  process.stdout.write(`## wrong merges (${wrong.length})\n${wrong.join('')}`);
  process.stdout.write(`## missed (${missed.length})\n${missed.join('')}`);
  process.stdout.write(
    `tp ${tp} fp ${fp} fn ${fn} P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}\n`,
  );
}

const [name = 'world-news', half = 'all'] = process.argv.slice(2);
await inspect(name as CorpusName, half);
