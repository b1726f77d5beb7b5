import type { NewsroomEvaluation } from '../../test/helpers/evaluate-newsroom.js';
import type { PairFigures } from './tgcontest.js';

export interface EvalResults {
  newsroom: NewsroomEvaluation;
  tgcontestPairs: Record<string, PairFigures>;
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The evaluation as Markdown tables, for the terminal and the README's "Quality" section. */
export function formatEvalTables(results: EvalResults): string {
  const { newsroom, tgcontestPairs } = results;
  const { sameLanguage, crossLingual } = newsroom.clustering;
  const lines = [
    `Newsroom corpus: ${newsroom.entries} entries → ${newsroom.stories} stories (real pipeline: HTTP fetch, parse, normalize, cluster, classify, JSON export).`,
    '',
    row(['clustering (pairwise)', 'precision', 'recall', 'gold pairs', 'predicted pairs']),
    row(['---', '---', '---', '---', '---']),
    row([
      'same-language pairs',
      sameLanguage.precision,
      sameLanguage.recall,
      sameLanguage.truePairs,
      sameLanguage.predictedPairs,
    ]),
    row([
      'pairs with a cross-lingual entry',
      crossLingual.precision,
      crossLingual.recall,
      crossLingual.truePairs,
      crossLingual.predictedPairs,
    ]),
    '',
    row(['topic (story feed)', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN']),
    row(['---', '---', '---', '---', '---', '---', '---']),
    ...Object.entries(newsroom.topics).map(([id, t]) =>
      row([id, t.precision, t.recall, t.f1, t.tp, t.fp, t.fn]),
    ),
    '',
    row(['tgcontest same-story pairs', 'pairs', 'precision', 'recall', 'accuracy']),
    row(['---', '---', '---', '---', '---']),
    ...Object.entries(tgcontestPairs).map(([lang, p]) =>
      row([lang, p.pairs, p.precision, p.recall, p.accuracy]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
