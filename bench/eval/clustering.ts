import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/index.js';
import { clusterInMemory } from '../../test/helpers/cluster-in-memory.js';
import { loadNewsroom } from '../../test/helpers/load-newsroom.js';
import { scorePairwise } from '../../test/helpers/score-pairwise.js';
import { scoreTgcontestPairs } from './tgcontest.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures');

async function evaluateNewsroom(threshold: number) {
  const entries = await loadNewsroom(path.join(FIXTURES, 'newsroom'));
  const placements = clusterInMemory(entries, { ...DEFAULT_CLUSTER_OPTIONS, threshold });
  return scorePairwise(
    entries,
    placements.map((p) => p.storyId),
  );
}

const threshold = Number(process.argv[2] ?? DEFAULT_CLUSTER_OPTIONS.threshold);
const figures = {
  threshold,
  windowHours: DEFAULT_CLUSTER_OPTIONS.windowHours,
  tgcontestPairs: scoreTgcontestPairs(threshold),
  newsroom: await evaluateNewsroom(threshold),
};
console.log(JSON.stringify(figures, null, 2));
writeFileSync(
  path.join(import.meta.dirname, 'clustering.json'),
  `${JSON.stringify(figures, null, 2)}\n`,
);
