import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  configuredWeights,
  examplesForTopic,
  explainMatch,
  learnWeights,
  measureExamples,
  withWeights,
} from '../../src/classifier/index.js';
import type { TopicConfig } from '../../src/config/index.js';
import type { CorpusName, CorpusRun } from '../../test/helpers/evaluate-corpus.js';
import { createTopicEvaluator, type RunPart } from '../../test/helpers/evaluate-topics.js';
import {
  scoreTopic,
  type TopicFigures,
  type TopicOutcome,
} from '../../test/helpers/score-topic.js';
import { HELD_OUT_CORPORA, OPENED_CORPORA, row } from './corpora.js';

/** One line of the topic table: a topic on some corpus, plain and (where it applies) cross-validated. */
export interface TopicRow {
  corpus: string;
  topic: string;
  /** The served feeds of the real pipeline (weights learned from the whole shipped example set). */
  plain: TopicFigures;
  /** Leave one outlet out: each outlet judged by weights learned without its examples. */
  crossValidated?: TopicFigures;
  /** Leave one corpus out: each development corpus judged by weights learned from the other. */
  corpusOut?: TopicFigures;
  /** A held-out corpus: its misses are not recorded, so nobody tunes on them. */
  heldOut?: boolean;
}

export interface TopicsEvaluation {
  /** The example set's weights, per topic, as the plain figures used them. */
  weights: Record<string, Record<string, number>>;
  rows: TopicRow[];
}

interface Section {
  corpus: string;
  parts: RunPart[];
  crossValidate: boolean;
  heldOut?: boolean;
}

/**
 * Topic quality on every corpus run: the development corpora (newsroom and newsroom-c together,
 * plain and leave-one-outlet-out), the world-news halves (neither is in the example set: real news
 * the weights never saw; each also without the borderline items), the opened corpora
 * (OPENED_CORPORA: development, plain)
 * and the held-out corpora (HELD_OUT_CORPORA).
 */
export function evaluateTopics(runs: Map<CorpusName, CorpusRun>): TopicsEvaluation {
  const evaluator = createTopicEvaluator();
  const get = (name: CorpusName) => {
    const run = runs.get(name);
    if (!run) throw new Error(`eval: topics need the ${name} run`);
    return run;
  };
  const development = [{ run: get('newsroom') }, { run: get('newsroom-c') }];
  const world = get('world-news');
  const sections: Section[] = [
    { corpus: 'newsroom + newsroom-c', parts: development, crossValidate: true },
    { corpus: 'newsroom', parts: [development[0] as RunPart], crossValidate: true },
    { corpus: 'newsroom-c', parts: [development[1] as RunPart], crossValidate: true },
    { corpus: 'world-news dev', parts: [{ run: world, half: 'dev' }], crossValidate: false },
    {
      corpus: 'world-news dev, borderline excluded',
      parts: [{ run: world, half: 'dev', excludeBorderline: true }],
      crossValidate: false,
    },
    { corpus: 'world-news test', parts: [{ run: world, half: 'test' }], crossValidate: false },
    {
      corpus: 'world-news test, borderline excluded',
      parts: [{ run: world, half: 'test', excludeBorderline: true }],
      crossValidate: false,
    },
    ...OPENED_CORPORA.map((name) => ({
      corpus: name,
      parts: [{ run: get(name) }],
      crossValidate: false,
    })),
    ...HELD_OUT_CORPORA.map((name) => ({
      corpus: `${name} (held out)`,
      parts: [{ run: get(name) }],
      crossValidate: false,
      heldOut: true,
    })),
  ];
  const rows = sections.flatMap((section) =>
    evaluator.topics.map((topic): TopicRow => {
      const plain = evaluator.score(section.parts, topic.id, 'plain');
      const crossValidated = section.crossValidate
        ? evaluator.score(section.parts, topic.id, 'cv')
        : undefined;
      const corpusOut = section.crossValidate
        ? scoreTopic(
            section.parts.flatMap((part) => outcomesWithoutCorpus(part.run, topic)),
            topic.id,
          )
        : undefined;
      return section.heldOut
        ? {
            corpus: section.corpus,
            topic: topic.id,
            plain: { ...plain, misses: [] },
            heldOut: true,
          }
        : {
            corpus: section.corpus,
            topic: topic.id,
            plain,
            ...(crossValidated ? { crossValidated } : {}),
            ...(corpusOut ? { corpusOut } : {}),
          };
    }),
  );
  const weights = Object.fromEntries(
    evaluator.topics.map((topic) => [topic.id, evaluator.learnedWeights(topic.id)]),
  );
  return { weights, rows };
}

/**
 * Leave one corpus out: a development corpus's entries judged by weights learned without any
 * example of that corpus (the examples name their source `corpus/outlet`); an entry is in the topic
 * when a member of its story is.
 */
function outcomesWithoutCorpus(run: CorpusRun, topic: TopicConfig): TopicOutcome[] {
  const base = withWeights(topic.compiled, configuredWeights(topic.compiled));
  const records = topic.examples?.records ?? [];
  const measured = measureExamples(base, examplesForTopic(records, topic.id));
  const own = `${run.corpus.name}/`;
  const model = learnWeights(
    base,
    measured.filter((_, i) => !(records[i]?.source ?? '').startsWith(own)),
  );
  const storyIn = new Map<string, boolean>();
  run.corpus.items.forEach((_, i) => {
    const story = run.storyOf[i] ?? '';
    const text = run.textOf[i] ?? { title: '', text: '' };
    storyIn.set(story, (storyIn.get(story) ?? false) || explainMatch(text, model).matched);
  });
  return run.corpus.items.map((item, i) => ({
    label: `${item.file} ${item.guid}`,
    gold: item.topics,
    predicted: new Set(storyIn.get(run.storyOf[i] ?? '') ? [topic.id] : []),
  }));
}

export function formatTopics(evaluation: TopicsEvaluation): string {
  const cell = (figures: TopicFigures | undefined, key: 'precision' | 'recall') =>
    figures ? figures[key] : '';
  const lines = [
    '## Topics',
    '',
    'Plain: the served feeds (weights learned from the whole shipped example set). CV: leave one',
    "outlet out (weights learned without the outlet's examples). Corpus-out: leave one corpus out",
    '(newsroom judged by weights learned from newsroom-c alone, and the reverse). An entry is in a',
    "topic when its story is in the topic's feed.",
    '',
    row([
      'corpus',
      'topic',
      'plain P',
      'plain R',
      'CV P',
      'CV R',
      'corpus-out P',
      'corpus-out R',
      'TP',
      'FP',
      'FN',
    ]),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---']),
    ...evaluation.rows.map((r) =>
      row([
        r.corpus,
        r.topic,
        r.plain.precision,
        r.plain.recall,
        cell(r.crossValidated, 'precision'),
        cell(r.crossValidated, 'recall'),
        cell(r.corpusOut, 'precision'),
        cell(r.corpusOut, 'recall'),
        r.plain.tp,
        r.plain.fp,
        r.plain.fn,
      ]),
    ),
    '',
    'Weights learned from the shipped example set:',
    ...Object.entries(evaluation.weights).map(
      ([topic, weights]) =>
        `- ${topic}: ${Object.entries(weights)
          .map(([id, w]) => `${id} ${w}`)
          .join(', ')}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes bench/eval/topics.json. */
export function writeTopics(evaluation: TopicsEvaluation): string {
  const out = path.join(import.meta.dirname, 'topics.json');
  writeFileSync(out, `${JSON.stringify(evaluation, null, 2)}\n`);
  return out;
}
