import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/index.js';
import { clusterInMemory } from '../../test/helpers/cluster-in-memory.js';
import type { CorpusName, CorpusRun } from '../../test/helpers/evaluate-corpus.js';
import { type PairwiseFigures, scorePairwise } from '../../test/helpers/score-pairwise.js';
import { generateUnrelatedStream, type StreamItem } from '../../test/helpers/unrelated-stream.js';
import {
  generateVariantStream,
  STREAM_VARIANTS,
  type StreamVariant,
} from '../../test/helpers/unrelated-stream-variants.js';
import { HELD_OUT_CORPORA, row, selectItems } from './corpora.js';
import {
  type CrossValidatedFigures,
  crossValidateOutlets,
  crossValidateTgcontest,
} from './cross-validate.js';
import {
  crossValidateStories,
  loadStoryFoldData,
  type StoryFoldFigures,
} from './cross-validate-stories.js';
import { loadLabelledStream } from './dev-streams.js';
import { loadTgcontestPairs, type PairFigures, scoreTgcontestPairs } from './tgcontest.js';
import { collectTrainingPairs } from './train-pair-model.js';

export interface StoryFigures {
  corpus: string;
  entries: number;
  stories: number;
  sameLanguage: PairwiseFigures;
  crossLingual: PairwiseFigures;
  wrongMerges: string[];
  splitStories: string[];
}

export interface StreamFigures {
  /** The generator's variant (unrelated-stream-variants.ts); absent for the default stream. */
  variant?: StreamVariant;
  seed: number;
  entries: number;
  /** Entries placed in another entry's story: every one is a false merge. */
  merged: number;
  share: number;
}

export interface StoriesEvaluation {
  /** Through the real pipeline (fetch over local HTTP, export), the shipped model. */
  corpora: StoryFigures[];
  /** newsroom + newsroom-c, leave one outlet out (model retrained per fold, placed in memory). */
  crossValidated: CrossValidatedFigures;
  tgcontest: { plain: Record<string, PairFigures>; crossValidated: Record<string, PairFigures> };
  /** Every labelled real pair (world-news both halves, tgcontest), 5 folds split by story. */
  byStory: StoryFoldFigures;
  /** Unrelated streams of draws never trained on (the model learns from another draw). */
  streams: StreamFigures[];
  /** Unrelated streams of another generator, varied (languages, length, names, time). */
  streamVariants: StreamFigures[];
  /** The held-out corpora (HELD_OUT_CORPORA): never tuned on. */
  heldOut: StoryFigures[];
}

/** The draws of the unrelated stream the evaluation checks (training uses another). */
export const CHECKED_STREAM_SEEDS = [7, 8];
/** The draws of each variant of the other generator the evaluation checks. */
export const CHECKED_VARIANT_SEEDS = [1, 2];
/** At most this share of an unrelated stream's entries may be merged. */
export const MAX_STREAM_MERGES = 0.005;

/** Pairwise story figures of one run (one world-news half when `half` is given). */
export function scoreStories(run: CorpusRun, half?: 'dev' | 'test'): StoryFigures {
  const indices = selectItems(run, half);
  const items = indices.map((i) => run.corpus.items[i] as CorpusRun['corpus']['items'][number]);
  const storyIds = indices.map((i) => run.storyOf[i] ?? '');
  const numbered = [...new Set(storyIds)];
  const pairwise = scorePairwise(
    items.map((item) => ({ story: item.story, crossLingual: item.crossLingual })),
    storyIds.map((id) => numbered.indexOf(id)),
  );
  const placed = new Map<string, Set<string>>();
  items.forEach((item, i) => {
    placed.set(item.story, (placed.get(item.story) ?? new Set()).add(storyIds[i] ?? ''));
  });
  return {
    corpus: half ? `${run.corpus.name} (${half} half)` : run.corpus.name,
    entries: items.length,
    stories: numbered.length,
    ...pairwise,
    splitStories: [...placed]
      .filter(([, set]) => set.size > 1)
      .map(([story, set]) => `${story} → ${set.size} stories`),
  };
}

/** How many entries of an unrelated stream the shipped clusterer merges. */
export function scoreUnrelatedStream(seed: number): StreamFigures {
  const stream = generateUnrelatedStream({ feeds: 60, items: 3000, seed, hours: 72 });
  return { seed, ...countMerges(stream) };
}

/** How many entries of a variant of the other generator's stream the shipped clusterer merges. */
export function scoreVariantStream(variant: StreamVariant, seed: number): StreamFigures {
  return { variant, seed, ...countMerges(generateVariantStream(variant, seed)) };
}

function countMerges(stream: StreamItem[]): Omit<StreamFigures, 'seed'> {
  const placements = clusterInMemory(stream, DEFAULT_CLUSTER_OPTIONS);
  const merged = placements.filter((placement, i) => placement.storyId !== i).length;
  return {
    entries: stream.length,
    merged,
    share: Math.round((merged / stream.length) * 10_000) / 10_000,
  };
}

/** Story quality: the real-pipeline runs, cross-validation, tgcontest, the unrelated streams. */
export async function evaluateStories(
  runs: Map<CorpusName, CorpusRun>,
): Promise<StoriesEvaluation> {
  const corpora: StoryFigures[] = [];
  const heldOut: StoryFigures[] = [];
  for (const [name, run] of runs) {
    if (HELD_OUT_CORPORA.includes(name)) heldOut.push(scoreStories(run));
    else if (name === 'world-news')
      corpora.push(scoreStories(run, 'dev'), scoreStories(run, 'test'));
    else corpora.push(scoreStories(run));
  }
  const pairs = await collectTrainingPairs();
  const streams = [await loadLabelledStream('newsroom'), await loadLabelledStream('newsroom-c')];
  const tgcontestPairs = loadTgcontestPairs();
  const evaluation: StoriesEvaluation = {
    corpora,
    crossValidated: crossValidateOutlets(streams, pairs),
    tgcontest: {
      plain: scoreTgcontestPairs(DEFAULT_CLUSTER_OPTIONS.threshold, undefined, tgcontestPairs),
      crossValidated: crossValidateTgcontest(tgcontestPairs, pairs),
    },
    byStory: crossValidateStories(await loadStoryFoldData(tgcontestPairs)),
    streams: CHECKED_STREAM_SEEDS.map(scoreUnrelatedStream),
    streamVariants: STREAM_VARIANTS.flatMap((variant) =>
      CHECKED_VARIANT_SEEDS.map((seed) => scoreVariantStream(variant, seed)),
    ),
    heldOut,
  };
  writeFileSync(
    path.join(import.meta.dirname, 'stories.json'),
    `${JSON.stringify(evaluation, null, 2)}\n`,
  );
  return evaluation;
}

const pr = (f: PairwiseFigures | PairFigures) => `${f.precision} / ${f.recall}`;

export function formatStories(evaluation: StoriesEvaluation): string {
  const cv = evaluation.crossValidated;
  const lines = [
    '## Stories',
    '',
    'Pairwise precision / recall; plain = the real pipeline with the shipped model.',
    '',
    row([
      'corpus',
      'entries',
      'stories',
      'same-language P / R',
      'pairs',
      'cross-lingual P / R',
      'pairs',
    ]),
    row(['---', '---', '---', '---', '---', '---', '---']),
    ...evaluation.corpora.map((c) =>
      row([
        c.corpus,
        c.entries,
        c.stories,
        pr(c.sameLanguage),
        c.sameLanguage.truePairs,
        pr(c.crossLingual),
        c.crossLingual.truePairs,
      ]),
    ),
    row([
      `newsroom + newsroom-c, leave one outlet out (${cv.folds} folds)`,
      '',
      '',
      pr(cv.sameLanguage),
      cv.sameLanguage.truePairs,
      pr(cv.crossLingual),
      cv.crossLingual.truePairs,
    ]),
    '',
    row(['tgcontest pairs', 'pairs', 'plain P / R', '5-fold CV P / R']),
    row(['---', '---', '---', '---']),
    ...Object.entries(evaluation.tgcontest.plain).map(([language, plain]) => {
      const folded = evaluation.tgcontest.crossValidated[language];
      return row([language, plain.pairs, pr(plain), folded ? pr(folded) : '']);
    }),
    '',
    row([
      `real news, ${evaluation.byStory.folds}-fold CV split by story`,
      'world-news (both halves) P / R',
      'pairs',
      ...Object.keys(evaluation.byStory.tgcontest).map((language) => `tgcontest ${language} P / R`),
    ]),
    row(['---', '---', '---', ...Object.keys(evaluation.byStory.tgcontest).map(() => '---')]),
    row([
      `threshold ${evaluation.byStory.threshold}`,
      pr(evaluation.byStory.worldNews),
      evaluation.byStory.worldNews.truePairs,
      ...Object.values(evaluation.byStory.tgcontest).map(pr),
    ]),
    '',
    row([
      'unrelated stream (variant, seed)',
      'entries',
      'merged',
      'share',
      `goal ≤ ${MAX_STREAM_MERGES}`,
    ]),
    row(['---', '---', '---', '---', '---']),
    ...[...evaluation.streams, ...evaluation.streamVariants].map((s) =>
      row([
        s.variant === undefined ? s.seed : `${s.variant} (${s.seed})`,
        s.entries,
        s.merged,
        s.share,
        s.share <= MAX_STREAM_MERGES ? 'met' : 'NOT MET',
      ]),
    ),
  ];
  if (evaluation.heldOut.length > 0) {
    lines.push(
      '',
      'Held out (never tuned on):',
      '',
      row([
        'corpus',
        'entries',
        'stories',
        'same-language P / R',
        'pairs',
        'cross-lingual P / R',
        'pairs',
      ]),
      row(['---', '---', '---', '---', '---', '---', '---']),
      ...evaluation.heldOut.map((held) =>
        row([
          held.corpus,
          held.entries,
          held.stories,
          pr(held.sameLanguage),
          held.sameLanguage.truePairs,
          pr(held.crossLingual),
          held.crossLingual.truePairs,
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
