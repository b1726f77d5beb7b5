import type { FingerprintFeatures } from '../../src/clusterer/index.js';
import {
  type Candidate,
  type ClusterInput,
  type ClusterOptions,
  chooseStory,
  fingerprintEntry,
} from '../../src/clusterer/index.js';

export interface Placement {
  storyId: number;
  score: number;
  signals: string[];
}

const MAX_PER_KEY = 50;
const MAX_CANDIDATES = 200;

/**
 * Places entries one by one, in the given order, as the store would: fingerprint, look candidates
 * up in an inverted index of keys (skipping too-common keys), chooseStory, else a new story.
 */
export function clusterInMemory(entries: ClusterInput[], options: ClusterOptions): Placement[] {
  const index = new Map<string, number[]>();
  const stored: { storyId: number; features: FingerprintFeatures }[] = [];
  const placements: Placement[] = [];
  for (const entry of entries) {
    const { keys, features } = fingerprintEntry(entry);
    const ids = new Set<number>();
    for (const key of keys) {
      const hits = index.get(key) ?? [];
      if (hits.length <= MAX_PER_KEY) for (const id of hits) ids.add(id);
    }
    const candidates: Candidate[] = [...ids].slice(0, MAX_CANDIDATES).map((id) => ({
      entryId: id,
      storyId: stored[id]?.storyId ?? -1,
      features: stored[id]?.features ?? features,
    }));
    const choice = chooseStory(features, candidates, options);
    const placement = choice ?? { storyId: stored.length, score: 0, signals: [] };
    placements.push(placement);
    for (const key of keys) index.set(key, [...(index.get(key) ?? []), stored.length]);
    stored.push({ storyId: placement.storyId, features });
  }
  return placements;
}
