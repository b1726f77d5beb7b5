import {
  type ClusterInput,
  type ClusterOptions,
  DEFAULT_CLUSTER_OPTIONS,
  fingerprintEntry,
  placeInIndex,
  StoryIndex,
} from '../../src/clusterer/index.js';

export interface Placement {
  storyId: number;
  score: number;
  signals: string[];
}

/**
 * Places entries one by one, in the given order, as the ingest stage does: fingerprint, the
 * in-memory story index, placeInIndex, else a new story (numbered by its first entry).
 */
export function clusterInMemory(
  entries: (ClusterInput & { hasFeedDate?: boolean })[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Placement[] {
  const index = new StoryIndex({ windowHours: options.windowHours });
  return entries.map((entry, i) => {
    const fingerprint = fingerprintEntry(entry);
    const choice = placeInIndex(index, fingerprint, entry.hasFeedDate ?? true, options);
    const placement = choice ?? { storyId: i, score: 1, signals: [] };
    index.add(i, placement.storyId, fingerprint);
    return placement;
  });
}
