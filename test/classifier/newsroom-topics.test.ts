import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyEntry } from '../../src/classifier/classify-entry.js';
import type { CompiledTopic } from '../../src/classifier/compile-topic.js';
import { loadConfig } from '../../src/config/index.js';
import { gatherExamples, learnTopic } from '../../src/topics/index.js';
import { loadNewsroom, type NewsroomEntry } from './load-newsroom.js';

const SHIPPED = path.resolve(import.meta.dirname, '../../config/topicfeed.yaml');
const TARGET = 0.95;

/**
 * The shipped topics as the app runs them (evidence groups, weights learned from the shipped
 * examples); with `withWatchlist` false, political-prisoners loses its watch-list.
 */
function loadShippedTopics(withWatchlist: boolean): CompiledTopic[] {
  return loadConfig(SHIPPED).topics.map((topic) => {
    const { compiled } = learnTopic(topic, gatherExamples(topic, []));
    return withWatchlist ? compiled : { ...compiled, watchlist: [] };
  });
}

function measure(entries: NewsroomEntry[], predicted: Set<string>[], topicId: string) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  entries.forEach((entry, i) => {
    const truth = entry.topics.includes(topicId);
    const said = predicted[i]?.has(topicId) ?? false;
    if (truth && said) tp += 1;
    if (!truth && said) fp += 1;
    if (truth && !said) fn += 1;
    if (truth !== said) misses.push(`${said ? 'FP' : 'FN'} ${entry.file} ${entry.title}`);
  });
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { precision, recall, f1, tp, fp, fn, misses };
}

describe.each([
  ['without', false],
  ['with', true],
])(
  'shipped topics %s the watch-list on the newsroom corpus (entry by entry)',
  async (_, withWatchlist) => {
    const entries = await loadNewsroom();
    const topics = loadShippedTopics(withWatchlist);
    const predicted = entries.map(
      (entry) => new Set(classifyEntry(entry, topics).map((match) => match.topicId)),
    );

    it('reads every labelled entry with a title and text', () => {
      expect(entries).toHaveLength(66);
      for (const entry of entries) expect(entry.text.length).toBeGreaterThan(200);
    });

    for (const topicId of ['belarus', 'political-prisoners']) {
      it(`${topicId}: precision and recall at least ${TARGET}`, () => {
        const result = measure(entries, predicted, topicId);
        const figures = `P=${result.precision.toFixed(3)} R=${result.recall.toFixed(3)} F1=${result.f1.toFixed(3)}`;
        const label = `${topicId}${withWatchlist ? ' +watch-list' : ''}`;
        console.log(`${label}: ${figures} (tp ${result.tp}, fp ${result.fp}, fn ${result.fn})`);
        for (const miss of result.misses) console.log(`  ${miss}`);
        expect(result.precision).toBeGreaterThanOrEqual(TARGET);
        expect(result.recall).toBeGreaterThanOrEqual(TARGET);
      });
    }
  },
);
