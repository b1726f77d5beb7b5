import {
  type ClusterInput,
  DEFAULT_CLUSTER_OPTIONS,
  fingerprintEntry,
  type PairMeasures,
  StoryIndex,
  scorePair,
} from '../../src/clusterer/index.js';
import { loadTgcontestPairs } from './tgcontest.js';

/** One pair the model learns from: its measures, whether it is one story, and where it came from. */
export interface LabelledPair {
  measures: PairMeasures;
  same: boolean;
  /** The outlets (or folds) of the two sides: leave-one-out drops pairs touching one of them. */
  groups: [string, string];
  /** How much the pair counts in the fit (default 1). */
  weight?: number;
  /** The gold stories of the two sides: cross-validation by story drops pairs touching a fold. */
  stories?: [string, string];
}

/** An entry of a labelled stream, in the order it is placed. */
export interface LabelledEntry {
  input: ClusterInput;
  /** Its gold story. */
  story: string;
  /** The outlet it comes from (a fold of leave-one-outlet-out). */
  group: string;
  /** Pairs are learnt from only when both sides are trainable (world-news: the dev half). */
  trainable: boolean;
}

/**
 * The pairs placement would weigh in a labelled stream: each entry against the candidates the
 * story index returns for it (within the window), measured with the window's rarity weights.
 * Exact and near-verbatim copies are decided by rule, not by the model: they are left out.
 */
export function collectStreamPairs(entries: readonly LabelledEntry[]): LabelledPair[] {
  const index = new StoryIndex();
  const pairs: LabelledPair[] = [];
  entries.forEach((entry, i) => {
    const fingerprint = fingerprintEntry(entry.input);
    const context = { weight: index.weigh, windowHours: DEFAULT_CLUSTER_OPTIONS.windowHours };
    for (const candidate of index.findCandidates(fingerprint, context.windowHours)) {
      const other = entries[candidate.entryId] as LabelledEntry;
      if (!entry.trainable || !other.trainable) continue;
      const result = scorePair(fingerprint.features, candidate.features, context);
      if (result.measures === undefined) continue;
      pairs.push({
        measures: result.measures,
        same: other.story === entry.story,
        groups: [entry.group, other.group],
        stories: [entry.story, other.story],
      });
    }
    index.add(i, i, fingerprint);
  });
  return pairs;
}

/**
 * The tgcontest pairs in five folds per language. Their "story" is their thread: the pairs joined
 * through a shared text, whatever their labels, so that splitting by story keeps every text on
 * one side of a fold.
 */
export function collectTgcontestPairs(tgcontest = loadTgcontestPairs()): LabelledPair[] {
  const threads = threadsOf(tgcontest.map((pair) => [pair.a.features.url, pair.b.features.url]));
  return tgcontest.flatMap((pair, i) => {
    const result = scorePair(pair.a.features, pair.b.features, { weight: pair.weight });
    if (result.measures === undefined) return [];
    const fold = `tgcontest-${pair.language}-${i % 5}`;
    return [
      {
        measures: result.measures,
        same: pair.same,
        groups: [fold, fold],
        stories: [`tgcontest/${threads[i]}`, `tgcontest/${threads[i]}`],
      },
    ];
  });
}

/** Per pair of URLs: the first pair it is connected to through shared URLs (union-find). */
export function threadsOf(links: readonly (readonly [string, string])[]): number[] {
  const parent = links.map((_, i) => i);
  const find = (start: number): number => {
    let i = start;
    while (parent[i] !== i) i = parent[i] as number;
    return i;
  };
  const owner = new Map<string, number>();
  links.forEach((urls, i) => {
    for (const url of urls) {
      if (url === '') continue;
      const at = owner.get(url);
      if (at === undefined) owner.set(url, i);
      else {
        const [x, y] = [find(at), find(i)];
        if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
  });
  return links.map((_, i) => find(i));
}
