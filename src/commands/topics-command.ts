import { basename } from 'node:path';
import type { Logger } from 'pino';
import {
  type CompiledTopic,
  compileQuery,
  DEFAULT_MIN_SCORE,
  QuerySyntaxError,
} from '../classifier/index.js';
import type { Config, TopicConfig } from '../config/index.js';
import type { TopicExampleRow } from '../store/index.js';
import { type ScannedEntry, scanTopicMatches, type TopicScan } from '../topics/index.js';
import { describeLearning } from './topics-learning-command.js';
import type { CommandIo } from './with-app.js';
import { type TopicCommandContext, withTopicStore } from './with-topic-store.js';

export interface TopicTestOptions {
  topic: string;
  /** A draft query to run instead of the topic's own. */
  query?: string;
  minScore?: number;
  /** Stories to print; 0 = all. */
  limit: number;
  /** Also print near misses: candidates under the threshold. */
  all: boolean;
}

function runTopicsCommand(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  use: (context: TopicCommandContext) => Promise<void>,
): Promise<number> {
  return withTopicStore(configPath, io, logger, async (context) => {
    try {
      await use(context);
      return 0;
    } catch (error) {
      if (error instanceof QuerySyntaxError) return reportQueryError(io, error);
      throw error;
    }
  });
}

/** `topicfeed topics list`: every topic with its threshold, stored stories and query. */
export function topicsListCommand(
  configPath: string,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  return runTopicsCommand(configPath, io, logger, async ({ config, topics, stories: reader }) => {
    io.out(`all  (every story)  ${await reader.countStories('all')} stories\n`);
    const taught = await topics.listTopicExamples();
    for (const topic of config.topics) {
      const stories = await reader.countStories(topic.id);
      io.out(
        `${topic.id}  ${topic.title}  min_score ${topic.compiled.minScore}  ${stories} stories\n`,
      );
      io.out(`  query: ${topic.query.replace(/\s+/g, ' ').trim()}\n`);
      for (const group of topic.compiled.evidence ?? [])
        io.out(
          `  evidence ${group.id} (${group.kind}): ${group.query.source.replace(/\s+/g, ' ').trim()}\n`,
        );
      if (topic.compiled.watchlist.length > 0)
        io.out(`  watch-list: ${topic.compiled.watchlist.length} names\n`);
      io.out(formatExamples(topic, taught));
    }
  });
}

/** The topic's examples (file, taught labels one a line) and the weights it learned. */
function formatExamples(topic: TopicConfig, taught: readonly TopicExampleRow[]): string {
  const mine = taught.filter((row) => row.topicId === topic.id);
  const inFile = topic.examples?.records.length ?? 0;
  let text = '';
  if (inFile > 0 || mine.length > 0)
    text += `  examples: ${inFile} from ${topic.examples ? basename(topic.examples.file) : 'no file'}, ${mine.length} taught\n`;
  text += `  ${describeLearning(topic.compiled)}\n`;
  for (const row of mine) {
    const entry = row.entryId !== null ? `#${row.entryId}` : '(entry no longer stored)';
    const title = row.title.replace(/\s+/g, ' ').slice(0, 90);
    text += `  taught ${row.label ? 'yes' : 'no '} ${entry}  ${row.sourceId}  ${title}  (${row.labelledAt.slice(0, 10)})\n`;
  }
  return text;
}

/** `topicfeed topics test TOPIC [--query Q]`: what a topic (or a draft of it) would match now. */
export function topicsTestCommand(
  configPath: string,
  options: TopicTestOptions,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  return runTopicsCommand(configPath, io, logger, async ({ config, topics }) => {
    const topic = resolveTopic(config, options);
    const scan = await scanTopicMatches(topics, topic);
    const stored = await topics.listTopicEntryIds(topic.id);
    const draft = options.query !== undefined ? ' (draft query)' : '';
    io.out(
      `topic ${topic.id}${draft}, min_score ${topic.minScore}: ${topic.query.source.replace(/\s+/g, ' ').trim()}\n`,
    );
    io.out(`${describeLearning(topic)}\n`);
    io.out(
      formatTopicScan(scan, topic.minScore, {
        limit: options.limit,
        nearMisses: options.all,
        stored,
      }),
    );
  });
}

/** The configured topic, or a draft: its own query replaced, its threshold overridden. */
function resolveTopic(config: Config, options: TopicTestOptions): CompiledTopic {
  const known = config.topics.find((t) => t.id === options.topic)?.compiled;
  if (!known && options.query === undefined) {
    const ids = config.topics.map((t) => t.id).join(', ');
    throw new Error(`unknown topic "${options.topic}"; known: ${ids || 'none'} (or give --query)`);
  }
  const base: CompiledTopic = known ?? {
    id: options.topic,
    query: compileQuery(options.query ?? ''),
    minScore: DEFAULT_MIN_SCORE,
    watchlist: [],
  };
  return {
    ...base,
    id: options.topic,
    query: options.query !== undefined ? compileQuery(options.query) : base.query,
    minScore: options.minScore ?? base.minScore,
    matching: {}, // its own matcher, made once for the whole scan
  };
}

/** A draft query's syntax error, with a caret under the place it points at. */
function reportQueryError(io: CommandIo, error: QuerySyntaxError): number {
  const start = Math.max(0, error.offset - 60);
  const excerpt = error.source.slice(start, error.offset + 20).replace(/\s/g, ' ');
  io.err(`topicfeed: ${error.message} (at character ${error.offset + 1})\n`);
  io.err(`  ${excerpt}\n  ${' '.repeat(error.offset - start)}^\n`);
  return 1;
}

interface ScanReportOptions {
  /** Stories (and near misses) to print; 0 = all. */
  limit: number;
  nearMisses: boolean;
  /** Entry ids stored in the topic now, to mark what a draft adds (+) or drops (-). */
  stored: ReadonlySet<number>;
}

/** The text `topics test` prints: a summary, matching stories with their entries, near misses. */
function formatTopicScan(scan: TopicScan, minScore: number, options: ScanReportOptions): string {
  const stories = groupByStory(scan.matches);
  const matched = new Set(scan.matches.map((item) => item.entry.id));
  const added = [...matched].filter((id) => !options.stored.has(id)).length;
  const dropped = [...options.stored].filter((id) => !matched.has(id)).length;
  let text = `scanned ${scan.scanned} entries: ${scan.matches.length} match in ${stories.length} stories`;
  text += ` (vs stored: +${added} -${dropped}); ${scan.nearMisses.length} near misses under ${minScore}\n`;
  for (const story of take(stories, options.limit)) {
    const first = story[0]?.entry;
    text += `\nstory ${first?.storyId}  ${first?.storyPublishedAt.slice(0, 10)}\n`;
    for (const item of story) text += formatEntry(item, options.stored, true);
  }
  if (options.limit > 0 && stories.length > options.limit)
    text += `\n… ${stories.length - options.limit} more stories (--limit 0 shows all)\n`;
  if (!options.nearMisses || scan.nearMisses.length === 0) return text;
  text += `\nnear misses (candidates with a score under ${minScore}):\n`;
  for (const item of take(scan.nearMisses, options.limit))
    text += formatEntry(item, options.stored, false);
  return text;
}

function formatEntry(item: ScannedEntry, stored: ReadonlySet<number>, inTopic: boolean): string {
  const { entry, explanation } = item;
  const mark = stored.has(entry.id) === inTopic ? ' ' : inTopic ? '+' : '-';
  const terms = explanation.terms.join(', ');
  return `  ${mark} ${explanation.score.toFixed(2).padStart(6)}  #${entry.id}  ${entry.sourceId}  ${entry.title}  [${terms}]\n`;
}

function groupByStory(matches: readonly ScannedEntry[]): ScannedEntry[][] {
  const stories = new Map<number, ScannedEntry[]>();
  for (const item of matches)
    stories.set(item.entry.storyId, [...(stories.get(item.entry.storyId) ?? []), item]);
  return [...stories.values()].sort((a, b) =>
    (b[0]?.entry.storyPublishedAt ?? '').localeCompare(a[0]?.entry.storyPublishedAt ?? ''),
  );
}

function take<T>(items: readonly T[], limit: number): readonly T[] {
  return limit > 0 ? items.slice(0, limit) : items;
}
