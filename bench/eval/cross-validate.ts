import { DEFAULT_CLUSTER_OPTIONS, type PairModel } from '../../src/clusterer/index.js';
import { clusterInMemory } from '../../test/helpers/cluster-in-memory.js';
import type { PairwiseFigures } from '../../test/helpers/score-pairwise.js';
import type { LabelledStream } from './dev-streams.js';
import { fitPairModel } from './fit-pair-model.js';
import type { LabelledPair } from './pair-dataset.js';
import { type PairFigures, scoreTgcontestPairs, type TgcontestPair } from './tgcontest.js';
import { MEASURE_NAMES } from './train-pair-model.js';

/** Pair counts of one scoring: labelled same-story pairs, predicted ones, and both. */
export interface Counts {
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

export interface CrossValidatedFigures {
  folds: number;
  sameLanguage: PairwiseFigures;
  crossLingual: PairwiseFigures;
}

/**
 * Leave one outlet out over the development corpora together: for each outlet, a pair model
 * trained without any pair touching it places its corpus (in memory, as ingest does), and the
 * pairs with an entry of that outlet are scored; counts add up over the folds.
 */
export function crossValidateOutlets(
  streams: readonly LabelledStream[],
  pairs: readonly LabelledPair[],
): CrossValidatedFigures {
  const same = emptyCounts();
  const cross = emptyCounts();
  let folds = 0;
  for (const stream of streams) {
    for (const outlet of new Set(stream.items.map((item) => item.group))) {
      const model = fitPairModel(
        pairs.filter((pair) => !pair.groups.includes(outlet)),
        MEASURE_NAMES,
      );
      const storyOf = placeStream(stream, model);
      countOutletPairs(stream, storyOf, outlet, same, cross);
      folds++;
    }
  }
  return { folds, sameLanguage: finish(same), crossLingual: finish(cross) };
}

/** Five folds of the tgcontest pairs: each scored by a model trained without it. */
export function crossValidateTgcontest(
  tgcontest: readonly TgcontestPair[],
  pairs: readonly LabelledPair[],
): Record<string, PairFigures> {
  const tp: Record<string, PairFigures> = {};
  for (let fold = 0; fold < 5; fold++) {
    const held = new Set([`tgcontest-ru-${fold}`, `tgcontest-en-${fold}`]);
    const model = fitPairModel(
      pairs.filter((pair) => !held.has(pair.groups[0])),
      MEASURE_NAMES,
    );
    const heldPairs = tgcontest.filter((_, i) => i % 5 === fold);
    const figures = scoreTgcontestPairs(DEFAULT_CLUSTER_OPTIONS.threshold, model, heldPairs);
    for (const [language, f] of Object.entries(figures)) {
      const sum = tp[language] ?? {
        pairs: 0,
        precision: 0,
        recall: 0,
        accuracy: 0,
        tp: 0,
        fp: 0,
        tn: 0,
        fn: 0,
      };
      for (const key of ['pairs', 'tp', 'fp', 'tn', 'fn'] as const) sum[key] += f[key];
      tp[language] = sum;
    }
  }
  for (const f of Object.values(tp)) {
    f.precision = share(f.tp, f.tp + f.fp);
    f.recall = share(f.tp, f.tp + f.fn);
    f.accuracy = share(f.tp + f.tn, f.pairs);
  }
  return tp;
}

/** Per item of the stream: the story the in-memory placement put it in. */
export function placeStream(stream: LabelledStream, model?: PairModel): number[] {
  const options = model ? { ...DEFAULT_CLUSTER_OPTIONS, model } : DEFAULT_CLUSTER_OPTIONS;
  const placements = clusterInMemory(
    stream.entries.map((entry) => entry.input),
    options,
  );
  return stream.entryOf.map((at) => placements[at]?.storyId ?? -1);
}

function countOutletPairs(
  stream: LabelledStream,
  storyOf: number[],
  outlet: string,
  same: Counts,
  cross: Counts,
): void {
  const { items } = stream;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as LabelledStream['items'][number];
      const b = items[j] as LabelledStream['items'][number];
      if (a.group !== outlet && b.group !== outlet) continue;
      const counts = a.crossLingual || b.crossLingual ? cross : same;
      countPair(counts, a.story === b.story, storyOf[i] === storyOf[j]);
    }
  }
}

export function countPair(counts: Counts, truth: boolean, predicted: boolean): void {
  counts.truePairs += truth ? 1 : 0;
  counts.predictedPairs += predicted ? 1 : 0;
  counts.correctPairs += truth && predicted ? 1 : 0;
}

export function emptyCounts(): Counts {
  return { truePairs: 0, predictedPairs: 0, correctPairs: 0 };
}

function share(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000;
}

export function finish(counts: Counts): PairwiseFigures {
  return {
    precision: share(counts.correctPairs, counts.predictedPairs),
    recall: share(counts.correctPairs, counts.truePairs),
    ...counts,
  };
}
