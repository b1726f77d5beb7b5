import type { Logger } from 'pino';
import {
  type CompiledTopic,
  configuredWeights,
  crossValidate,
  type ExampleFigures,
  explainMatch,
  measureExamples,
  readWeights,
  withPins,
  withWeights,
} from '../classifier/index.js';
import type { Config, TopicConfig } from '../config/index.js';
import type { EntryReference, TopicStore } from '../store/index.js';
import { applyTopics, gatherExamples } from '../topics/index.js';
import type { CommandIo } from './with-app.js';
import { withTopicStore } from './with-topic-store.js';

export interface TopicTeachOptions {
  topic: string;
  /** yes: the entries belong to the topic; no: they do not; forget: drop their labels. */
  label: 'yes' | 'no' | 'forget';
  /** Entry ids (`123`, `#123`) as `topics test` prints them, or guids or urls. */
  entries: string[];
}

/**
 * `topicfeed topics teach TOPIC --yes|--no|--forget ENTRY…`: records that the entries' stories
 * belong to the topic or not (every member of each story), learns the topic's weights again, and
 * classifies the stored entries again, so the served feed changes at once.
 */
export function topicsTeachCommand(
  configPath: string,
  options: TopicTeachOptions,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  return withTopicStore(
    configPath,
    io,
    logger,
    async ({ config, topics: store, stories, announce }) => {
      const topic = findTopic(config, options.topic);
      if (options.entries.length === 0)
        throw new Error(
          'topics teach: name at least one entry (an id as `topics test` prints it, a guid or a url)',
        );
      const members = await resolveStories(store, options.entries);
      const before = await store.listTopicEntryIds(topic.id);
      const storiesBefore = await stories.countStories(topic.id);
      const now = new Date();
      const { topics, reclassified: report } = await store.exclusive(async () => {
        await store.write(async (writer) => {
          for (const entry of members) {
            if (options.label === 'forget') await writer.forgetTopicExample(topic.id, entry);
            else await writer.saveTopicExample(topic.id, entry, options.label === 'yes', now);
          }
        });
        return applyTopics(store, config.topics, now);
      });
      await announce(['all', topic.id]);
      const learned = topics.find((t) => t.id === topic.id) as TopicConfig;
      const after = await store.listTopicEntryIds(topic.id);
      const verb =
        options.label === 'forget' ? 'forgot the labels of' : `taught ${options.label} for`;
      io.out(
        `${topic.id}: ${verb} ${members.length} ${members.length === 1 ? 'entry' : 'entries'}\n`,
      );
      for (const entry of members) io.out(formatTaughtEntry(entry, learned.compiled));
      io.out(`${describeLearning(learned.compiled)}\n`);
      const added = [...after].filter((id) => !before.has(id)).length;
      const dropped = [...before].filter((id) => !after.has(id)).length;
      io.out(
        `reclassified ${report.entries} stored entries: ${await stories.countStories(topic.id)} stories in the topic (was ${storiesBefore}); entries +${added} -${dropped}\n`,
      );
      return 0;
    },
  );
}

/** Every member of the stories of the named entries, each once. */
async function resolveStories(
  store: TopicStore,
  references: readonly string[],
): Promise<EntryReference[]> {
  const members = new Map<number, EntryReference>();
  for (const reference of references) {
    const found = await store.findEntriesByReference(reference);
    if (found.length === 0)
      throw new Error(
        `topics teach: no stored entry "${reference}" (give an id as \`topics test\` prints it, #123, or a guid or url)`,
      );
    for (const entry of found)
      for (const member of await store.findStoryMembers(entry.storyId))
        members.set(member.id, member);
  }
  return [...members.values()];
}

function formatTaughtEntry(entry: EntryReference, topic: CompiledTopic): string {
  const explanation = explainMatch(entry, topic);
  const learnedAlone = explainMatch(entry, withPins(topic, new Map()));
  const state = explanation.matched ? 'in the topic' : 'out of the topic';
  const byScore =
    learnedAlone.matched === explanation.matched
      ? ''
      : ' (by its label; its score alone says otherwise)';
  return `  #${entry.id}  ${entry.sourceId}  ${entry.title}: ${state}, score ${learnedAlone.score.toFixed(2)}${byScore}\n`;
}

/** One line: how many examples the topic learned from and the weights it learned. */
export function describeLearning(topic: CompiledTopic): string {
  const weights = formatWeights(readWeights(topic));
  if (!topic.learned) return `weights (configured, no examples): ${weights}`;
  const { examples, positives } = topic.learned;
  return `weights learned from ${examples} examples (${positives} in the topic): ${weights}`;
}

function formatWeights(weights: Record<string, number>): string {
  return Object.entries(weights)
    .map(([id, weight]) => `${id} ${weight.toFixed(2)}`)
    .join(', ');
}

export interface TopicEvalOptions {
  topic: string;
  folds: number;
  /** Hardest misses to print. */
  limit: number;
}

/**
 * `topicfeed topics eval TOPIC [--folds N]`: k-fold cross-validated precision, recall and F1 of
 * learning the topic from its labelled examples, beside the configured and the learned weights
 * judged on the examples they were learned from; then the hardest cross-validated misses.
 */
export function topicsEvalCommand(
  configPath: string,
  options: TopicEvalOptions,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  return withTopicStore(configPath, io, logger, async ({ config, topics }) => {
    if (options.folds < 2) throw new Error('topics eval: --folds must be 2 or more');
    const topic = findTopic(config, options.topic);
    const examples = gatherExamples(topic, await topics.listTopicExamples(topic.id));
    if (examples.length === 0)
      throw new Error(
        `topics eval: "${topic.id}" has no labelled examples (an examples: file in the config, or topicfeed topics teach)`,
      );
    const base = withWeights(topic.compiled, configuredWeights(topic.compiled));
    const measured = measureExamples(base, examples);
    const result = crossValidate(base, measured, options.folds);
    io.out(
      `${topic.id}: ${result.examples} examples (${result.positives} in the topic), ${result.folds}-fold cross-validation (copies of one story in one fold), min_score ${base.minScore}\n\n`,
    );
    io.out(`${'weights'.padEnd(26)}precision  recall  F1     TP   FP   FN\n`);
    io.out(formatFigures('configured', result.configured));
    io.out(formatFigures('learned, on its examples', result.learned));
    io.out(formatFigures('learned, cross-validated', result.crossValidated));
    io.out(
      `\n${describeLearning(config.topics.find((t) => t.id === topic.id)?.compiled ?? base)}\n`,
    );
    if (result.misses.length === 0) return 0;
    io.out(`\nhardest misses (cross-validated score; FN: labelled in, judged out):\n`);
    for (const miss of take(result.misses, options.limit)) {
      const example = examples[miss.index];
      if (!example) continue;
      const kind = example.label ? 'FN' : 'FP';
      const title = example.entry.title.replace(/\s+/g, ' ').slice(0, 100);
      io.out(`  ${kind} ${miss.score.toFixed(2).padStart(6)}  ${example.source ?? ''}  ${title}\n`);
    }
    return 0;
  });
}

function formatFigures(name: string, figures: ExampleFigures): string {
  const cells = [figures.precision, figures.recall, figures.f1].map((v) => v.toFixed(3).padEnd(7));
  const counts = [figures.tp, figures.fp, figures.fn].map((v) => String(v).padEnd(5));
  return `${name.padEnd(26)}${cells[0]}    ${cells[1]} ${cells[2]}${counts.join('')}\n`;
}

function findTopic(config: Config, id: string): TopicConfig {
  const topic = config.topics.find((t) => t.id === id);
  if (topic) return topic;
  const ids = config.topics.map((t) => t.id).join(', ');
  throw new Error(`unknown topic "${id}"; known: ${ids || 'none'}`);
}

function take<T>(items: readonly T[], limit: number): readonly T[] {
  return limit > 0 ? items.slice(0, limit) : items;
}
