import {
  type ClusterInput,
  type ClusterOptions,
  DEFAULT_CLUSTER_OPTIONS,
  type Fingerprint,
  findLateCopies,
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
 * A second look as it is taken (findLateCopies), before its late copies are merged: the index
 * and the arguments it was taken with, the placed entry's number and the late copies found.
 */
export interface LateLook {
  index: StoryIndex;
  fingerprint: Fingerprint;
  storyId: number;
  scores: ReadonlyMap<number, number>;
  entry: number;
  late: number[];
}

/**
 * Places entries one by one, in the given order, as the ingest stage does: fingerprint, the
 * in-memory story index, placeInIndex, else a new story (numbered by its first entry); an entry
 * that bridges stories merges them into the oldest, and so do the late copies of the story a
 * dated entry joined (findLateCopies). Each placement's storyId is the story the
 * entry is in at the end (after later merges); score and signals are of its own placement.
 * `observe` sees every second look.
 */
export function clusterInMemory(
  entries: (ClusterInput & { hasFeedDate?: boolean })[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  observe?: (look: LateLook) => void,
): Placement[] {
  const index = new StoryIndex({ windowHours: options.windowHours });
  const mergedInto = new Map<number, number>();
  const merge = (stories: number[]): number => {
    const storyId = Math.min(...stories);
    for (const other of stories) {
      if (other === storyId) continue;
      index.mergeStory(other, storyId);
      mergedInto.set(other, storyId);
    }
    return storyId;
  };
  const placements = entries.map((entry, i) => {
    const fingerprint = fingerprintEntry(entry);
    const dated = entry.hasFeedDate ?? true;
    const choice = placeInIndex(index, fingerprint, dated, options);
    let storyId = merge(choice === null ? [i] : [choice.storyId, ...choice.bridged]);
    if (choice !== null && dated) {
      const { scores } = choice;
      const late = findLateCopies(index, fingerprint, storyId, scores, options);
      observe?.({ index, fingerprint, storyId, scores, entry: i, late });
      storyId = merge([storyId, ...late]);
    }
    index.add(i, storyId, fingerprint);
    return { storyId, score: choice?.score ?? 1, signals: choice?.signals ?? [] };
  });
  const survivor = (storyId: number): number => {
    const into = mergedInto.get(storyId);
    return into === undefined ? storyId : survivor(into);
  };
  return placements.map((placement) => ({ ...placement, storyId: survivor(placement.storyId) }));
}
