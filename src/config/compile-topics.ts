import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  compileTopic,
  type ExampleRecord,
  parseExampleLines,
  parseTextModel,
  parseWatchlist,
  QuerySyntaxError,
  type TextModel,
  TopicDefinitionError,
} from '../classifier/index.js';
import type { TopicConfig } from './config.js';
import type { RawConfig } from './config-schema.js';

export interface TopicProblem {
  path: (string | number)[];
  message: string;
  /** Character offset inside the query text, for syntax errors. */
  offset?: number;
}

type RawTopic = RawConfig['topics'][number];

/**
 * Compiles every topic (queries, evidence groups, watch-list and example files); collects every
 * problem instead of stopping at the first. An example file several topics share is read once.
 */
export function compileTopics(
  raw: RawConfig['topics'],
  dir: string,
  problems: TopicProblem[],
): TopicConfig[] {
  const exampleFiles = new Map<string, ExampleFile | Error>();
  const topics: TopicConfig[] = [];
  raw.forEach((topic, index) => {
    // the schema already reports an empty query
    if (topic.query === '' || topic.evidence?.some((group) => group.query === '')) return;
    if (topic.id === 'all') {
      problems.push({
        path: ['topics', index, 'id'],
        message: '"all" is built in and holds every story',
      });
      return;
    }
    const at = (...path: (string | number)[]) => ['topics', index, ...path];
    const watchlist = readFileOf(topic.watchlist, dir, (text) => parseWatchlist(text));
    if (watchlist instanceof Error) {
      problems.push({
        path: at('watchlist'),
        message: `cannot read watchlist: ${watchlist.message}`,
      });
      return;
    }
    const textModel = readFileOf(topic.model, dir, (text) => parseTextModel(text));
    if (textModel instanceof Error) {
      problems.push({ path: at('model'), message: `cannot read model: ${textModel.message}` });
      return;
    }
    const examples = readExamples(topic, dir, exampleFiles);
    if (examples instanceof Error) {
      problems.push({ path: at('examples'), message: `cannot read examples: ${examples.message}` });
      return;
    }
    const compiled = compileOne(topic, watchlist, textModel, (problem) =>
      problems.push({ ...problem, path: at(...problem.path) }),
    );
    if (!compiled) return;
    topics.push({
      id: topic.id,
      title: topic.title,
      description: topic.description,
      query: topic.query,
      minScore: topic.min_score,
      compiled,
      ...(examples && topic.examples
        ? { examples: { file: resolve(dir, topic.examples), ...examples } }
        : {}),
    });
  });
  return topics;
}

function compileOne(
  topic: RawTopic,
  watchlist: string[] | undefined,
  textModel: TextModel | undefined,
  report: (problem: TopicProblem) => void,
): TopicConfig['compiled'] | undefined {
  try {
    return compileTopic({
      id: topic.id,
      query: topic.query,
      minScore: topic.min_score,
      watchlist,
      evidence: topic.evidence,
      ...(textModel ? { textModel } : {}),
    });
  } catch (error) {
    if (error instanceof TopicDefinitionError) {
      report({ path: error.path, message: error.message });
      return undefined;
    }
    if (!(error instanceof QuerySyntaxError)) throw error;
    report({ path: error.path ?? ['query'], message: error.message, offset: error.offset });
    return undefined;
  }
}

interface ExampleFile {
  records: ExampleRecord[];
  /** sha256 of the file's text: what the learned weights are cached under. */
  hash: string;
}

function readExamples(
  topic: RawTopic,
  dir: string,
  cache: Map<string, ExampleFile | Error>,
): ExampleFile | Error | undefined {
  if (!topic.examples) return undefined;
  const file = resolve(dir, topic.examples);
  const read =
    cache.get(file) ??
    readFileOf(file, dir, (text) => ({
      records: parseExampleLines(text),
      hash: createHash('sha256').update(text).digest('hex'),
    }));
  if (read) cache.set(file, read);
  return read;
}

/** A file beside the config, parsed; the error (unreadable, or the parser's) instead of throwing. */
function readFileOf<T>(
  file: string | undefined,
  dir: string,
  parse: (text: string) => T,
): T | Error | undefined {
  if (!file) return undefined;
  try {
    return parse(readFileSync(resolve(dir, file), 'utf8'));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
