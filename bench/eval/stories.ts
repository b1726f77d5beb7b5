import type { CorpusName, CorpusRun } from '../../test/helpers/evaluate-corpus.js';
import { type PairwiseFigures, scorePairwise } from '../../test/helpers/score-pairwise.js';
import { row, selectItems } from './corpora.js';
import { type PairFigures, scoreTgcontestPairs } from './tgcontest.js';

export interface StoryFigures {
  corpus: string;
  entries: number;
  stories: number;
  sameLanguage: PairwiseFigures;
  crossLingual: PairwiseFigures;
  wrongMerges: string[];
  splitStories: string[];
}

export interface StoriesEvaluation {
  corpora: StoryFigures[];
  tgcontestPairs: Record<string, PairFigures>;
}

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

/** Story quality on every corpus run, and the clusterer's decision on the tgcontest pairs. */
export function evaluateStories(runs: Map<CorpusName, CorpusRun>): StoriesEvaluation {
  const corpora: StoryFigures[] = [];
  for (const [name, run] of runs) {
    if (name === 'world-news') corpora.push(scoreStories(run, 'dev'), scoreStories(run, 'test'));
    else corpora.push(scoreStories(run));
  }
  return { corpora, tgcontestPairs: scoreTgcontestPairs() };
}

export function formatStories(evaluation: StoriesEvaluation): string {
  const lines = [
    '## Stories',
    '',
    row([
      'corpus',
      'entries',
      'stories',
      'same-language P',
      'R',
      'pairs',
      'cross-lingual P',
      'R',
      'pairs',
    ]),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---']),
    ...evaluation.corpora.map((c) =>
      row([
        c.corpus,
        c.entries,
        c.stories,
        c.sameLanguage.precision,
        c.sameLanguage.recall,
        c.sameLanguage.truePairs,
        c.crossLingual.precision,
        c.crossLingual.recall,
        c.crossLingual.truePairs,
      ]),
    ),
    '',
    row(['tgcontest same-story pairs', 'pairs', 'precision', 'recall', 'accuracy']),
    row(['---', '---', '---', '---', '---']),
    ...Object.entries(evaluation.tgcontestPairs).map(([lang, p]) =>
      row([lang, p.pairs, p.precision, p.recall, p.accuracy]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
