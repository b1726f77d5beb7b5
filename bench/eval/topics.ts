import type { CorpusName, CorpusRun } from '../../test/helpers/evaluate-corpus.js';
import { scoreTopic, type TopicFigures } from '../../test/helpers/score-topic.js';
import { row, selectItems } from './corpora.js';

export interface TopicCorpusFigures {
  corpus: string;
  topics: Record<string, TopicFigures>;
}

const TOPICS = ['belarus', 'political-prisoners'];

/** Per-topic figures of one run (one world-news half when `half` is given). */
export function scoreTopics(run: CorpusRun, half?: 'dev' | 'test'): TopicCorpusFigures {
  const outcomes = selectItems(run, half).map((i) => {
    const item = run.corpus.items[i] as CorpusRun['corpus']['items'][number];
    return {
      label: `${item.file} ${item.guid}`,
      gold: item.topics,
      predicted: run.topicsOf[i] ?? new Set<string>(),
    };
  });
  return {
    corpus: half ? `${run.corpus.name} (${half} half)` : run.corpus.name,
    topics: Object.fromEntries(TOPICS.map((id) => [id, scoreTopic(outcomes, id)])),
  };
}

/** Topic quality on every corpus run: an entry is in a topic when its story is in the feed. */
export function evaluateTopics(runs: Map<CorpusName, CorpusRun>): TopicCorpusFigures[] {
  const figures: TopicCorpusFigures[] = [];
  for (const [name, run] of runs) {
    if (name === 'world-news') figures.push(scoreTopics(run, 'dev'), scoreTopics(run, 'test'));
    else figures.push(scoreTopics(run));
  }
  return figures;
}

export function formatTopics(figures: TopicCorpusFigures[]): string {
  const lines = [
    '## Topics',
    '',
    row(['corpus', 'topic', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN']),
    row(['---', '---', '---', '---', '---', '---', '---', '---']),
    ...figures.flatMap((c) =>
      Object.entries(c.topics).map(([id, t]) =>
        row([c.corpus, id, t.precision, t.recall, t.f1, t.tp, t.fp, t.fn]),
      ),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
