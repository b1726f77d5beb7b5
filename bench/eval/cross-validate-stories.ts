import { createHash } from 'node:crypto';
import {
  DEFAULT_CLUSTER_OPTIONS,
  decideOnMeasures,
  type PairModel,
} from '../../src/clusterer/index.js';
import { clusterInMemory } from '../../test/helpers/cluster-in-memory.js';
import type { PairwiseFigures } from '../../test/helpers/score-pairwise.js';
import { type Counts, countPair, emptyCounts, finish } from './cross-validate.js';
import { type LabelledStream, loadLabelledStream } from './dev-streams.js';
import { fitPairModel } from './fit-pair-model.js';
import { collectStreamPairs, collectTgcontestPairs, type LabelledPair } from './pair-dataset.js';
import type { TgcontestPair } from './tgcontest.js';
import {
  collectCorpusPairs,
  collectUnrelatedPairs,
  MEASURE_NAMES,
  TRAINING_CORPORA,
} from './train-pair-model.js';

/** Folds of cross-validation by story. */
export const STORY_FOLDS = 5;

export interface StoryFoldFigures {
  folds: number;
  threshold: number;
  /** World-news, both halves, placed in memory by each fold's model. */
  worldNews: PairwiseFigures;
  /** tgcontest pairs, by language, decided by each fold's model. */
  tgcontest: Record<string, PairwiseFigures>;
}

/** The world-news stream with both halves trainable, and the real and the other training pairs. */
export interface StoryFoldData {
  worldNews: LabelledStream;
  real: LabelledPair[];
  base: LabelledPair[];
}

/**
 * What cross-validation by story learns from: the real labelled pairs (world-news, both halves;
 * tgcontest) and, always trained on, the synthetic corpora and the unrelated stream, weighted as
 * in training (see collectTrainingPairs).
 */
export async function loadStoryFoldData(tgcontest: TgcontestPair[]): Promise<StoryFoldData> {
  const stream = await loadLabelledStream('world-news');
  const worldNews = {
    ...stream,
    entries: stream.entries.map((entry) => ({ ...entry, trainable: true })),
  };
  const real = [...collectStreamPairs(worldNews.entries), ...collectTgcontestPairs(tgcontest)];
  const base: LabelledPair[] = [];
  for (const name of TRAINING_CORPORA.filter((corpus) => corpus !== 'world-news'))
    base.push(...(await collectCorpusPairs(name)));
  base.push(...collectUnrelatedPairs(base.length + real.length));
  return { worldNews, real, base };
}

/** The fold of a story: a stable hash, so every run splits alike. */
export function foldOf(story: string, folds = STORY_FOLDS): number {
  return createHash('sha1').update(story).digest().readUInt32BE(0) % folds;
}

/**
 * Cross-validation that splits by *story*: every labelled real pair (world-news, both halves, and
 * tgcontest) whose stories touch fold k is kept out of fold k's training; fold k's model then
 * places the whole world-news stream and decides the tgcontest pairs, and only the pairs touching
 * fold k are counted (a pair whose sides fall in two folds counts in the lower one). `base` is
 * training data that is not real labelled news (synthetic corpora, the unrelated stream): always
 * trained on.
 */
export function crossValidateStories(
  { worldNews, real, base }: StoryFoldData,
  threshold = DEFAULT_CLUSTER_OPTIONS.threshold,
  train: (pairs: readonly LabelledPair[]) => PairModel = (pairs) =>
    fitPairModel(pairs, MEASURE_NAMES),
): StoryFoldFigures {
  const world = emptyCounts();
  const tg: Record<string, Counts> = {};
  for (let fold = 0; fold < STORY_FOLDS; fold++) {
    const touches = (pair: LabelledPair) =>
      (pair.stories ?? []).some((story) => foldOf(story) === fold);
    const model = train([...base, ...real.filter((pair) => !touches(pair))]);
    const options = { ...DEFAULT_CLUSTER_OPTIONS, model, threshold };
    const placements = clusterInMemory(
      worldNews.entries.map((entry) => entry.input),
      options,
    );
    const storyOf = worldNews.entryOf.map((at) => placements[at]?.storyId ?? -1);
    countFold(worldNews, storyOf, fold, world);
    for (const pair of real) {
      const [a, b] = pair.stories ?? ['', ''];
      if (!a.startsWith('tgcontest/') || Math.min(foldOf(a), foldOf(b)) !== fold) continue;
      const language = pair.groups[0].split('-')[1] ?? '';
      const counts = tg[language] ?? emptyCounts();
      tg[language] = counts;
      const predicted = predict(model, pair) > threshold;
      counts.truePairs += pair.same ? 1 : 0;
      counts.predictedPairs += predicted ? 1 : 0;
      counts.correctPairs += pair.same && predicted ? 1 : 0;
    }
  }
  return {
    folds: STORY_FOLDS,
    threshold,
    worldNews: finish(world),
    tgcontest: Object.fromEntries(Object.entries(tg).map(([k, c]) => [k, finish(c)])),
  };
}

/** The tgcontest decision: the pair model and the rules on its measures, as placement decides. */
function predict(model: PairModel, pair: LabelledPair): number {
  return decideOnMeasures(model, pair.measures).score;
}

function countFold(stream: LabelledStream, storyOf: number[], fold: number, counts: Counts): void {
  const { items } = stream;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as LabelledStream['items'][number];
      const b = items[j] as LabelledStream['items'][number];
      if (Math.min(foldOf(a.story), foldOf(b.story)) !== fold) continue;
      countPair(counts, a.story === b.story, storyOf[i] === storyOf[j]);
    }
  }
}
