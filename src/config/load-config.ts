import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { compileTopics, type TopicProblem } from './compile-topics.js';
import type { Config, SourceConfig, TopicConfig } from './config.js';
import {
  ConfigError,
  type ConfigIssue,
  issueAt,
  type LocatedDocument,
  schemaIssues,
  yamlSyntaxIssues,
} from './config-error.js';
import { configSchema, type RawConfig } from './config-schema.js';
import { isPostgresUrl, postgresUrlProblem, resolveDatabase } from './database-location.js';

/** The indexes of items whose `id` was already used by an earlier item. */
function findDuplicateIds(items: readonly { id: string }[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) duplicates.push(index);
    seen.add(item.id);
  });
  return duplicates;
}

type Loose = Record<string, unknown>;

function listOf(data: unknown, key: string): Loose[] {
  const value = typeof data === 'object' && data !== null ? (data as Loose)[key] : undefined;
  return Array.isArray(value)
    ? value.map((item) => (typeof item === 'object' && item !== null ? (item as Loose) : {}))
    : [];
}

function looseTopics(data: unknown): RawConfig['topics'] {
  return listOf(data, 'topics').map((topic) => ({
    id: String(topic.id ?? ''),
    title: String(topic.title ?? ''),
    description: typeof topic.description === 'string' ? topic.description : undefined,
    query: typeof topic.query === 'string' ? topic.query : '',
    min_score: typeof topic.min_score === 'number' ? topic.min_score : undefined,
    watchlist: typeof topic.watchlist === 'string' ? topic.watchlist : undefined,
    evidence: looseEvidence(topic.evidence),
    examples: typeof topic.examples === 'string' ? topic.examples : undefined,
    model: typeof topic.model === 'string' ? topic.model : undefined,
  }));
}

/** Evidence groups as written, when they are complete enough to compile (the schema reports the rest). */
function looseEvidence(value: unknown): RawConfig['topics'][number]['evidence'] {
  if (!Array.isArray(value)) return undefined;
  const groups = value.map((item) =>
    typeof item === 'object' && item !== null ? (item as Loose) : {},
  );
  return groups.map((group) => ({
    id: String(group.id ?? ''),
    kind: group.kind === 'decisive' || group.kind === 'against' ? group.kind : 'supporting',
    query: typeof group.query === 'string' ? group.query : '',
    weight: typeof group.weight === 'number' ? group.weight : undefined,
  }));
}

/**
 * Checks that need more than the schema (unique ids, topic queries, watch-list files). They run on
 * the document as it is, even when the schema found problems, so every problem is listed at once.
 */
function semanticIssues(
  at: LocatedDocument,
  data: unknown,
): { issues: ConfigIssue[]; topics: TopicConfig[] } {
  const ids = (key: string) => listOf(data, key).map((item) => ({ id: String(item.id ?? '') }));
  const duplicates = [
    ...findDuplicateIds(ids('sources')).map((i) =>
      issueAt(at, ['sources', i, 'id'], 'duplicate source id'),
    ),
    ...findDuplicateIds(ids('topics')).map((i) =>
      issueAt(at, ['topics', i, 'id'], 'duplicate topic id'),
    ),
  ];
  const problems: TopicProblem[] = [];
  const topics = compileTopics(looseTopics(data), dirname(at.file), problems);
  const topicIssues = problems.map((p) => issueAt(at, p.path, p.message, p.offset ?? 0));
  return {
    issues: [
      ...duplicates,
      ...databaseIssues(at, data),
      ...fullTextServeIssues(at, data),
      ...topicIssues,
    ],
    topics,
  };
}

/** `database:` given as a postgres:// URL must be one a client can connect with. */
function databaseIssues(at: LocatedDocument, data: unknown): ConfigIssue[] {
  const value = typeof data === 'object' && data !== null ? (data as Loose).database : undefined;
  if (typeof value !== 'string' || !isPostgresUrl(value)) return [];
  const problem = postgresUrlProblem(value);
  return problem ? [issueAt(at, ['database'], problem)] : [];
}

/** `full_text_serve: true` serves the extracted article, so it needs `full_text` on. */
function fullTextServeIssues(at: LocatedDocument, data: unknown): ConfigIssue[] {
  return listOf(data, 'sources').flatMap((source, index) =>
    source.full_text_serve === true && (source.full_text ?? false) === false
      ? [
          issueAt(
            at,
            ['sources', index, 'full_text_serve'],
            'needs full_text: true or auto (without it no article is extracted to serve)',
          ),
        ]
      : [],
  );
}

function byPosition(a: ConfigIssue, b: ConfigIssue): number {
  return a.line - b.line || a.col - b.col;
}

function resolveFeedUrl(url: string, dir: string): string {
  if (!/^file:/i.test(url) || /^file:\/\//i.test(url)) return url;
  return pathToFileURL(resolve(dir, url.slice('file:'.length))).href;
}

function compileSources(raw: RawConfig, dir: string): SourceConfig[] {
  return raw.sources.map((source) => ({
    id: source.id,
    url: resolveFeedUrl(source.url, dir),
    title: source.title,
    language: source.language,
    intervalMs: source.interval ?? raw.poll.interval,
    preferred: source.preferred,
    fullText: source.full_text === 'auto' ? 'auto' : source.full_text ? 'always' : 'never',
    fullTextServe: source.full_text_serve,
  }));
}

function compile(at: LocatedDocument, raw: RawConfig, topics: TopicConfig[]): Config {
  const dir = dirname(at.file);
  const { host, port } = raw.server;
  return {
    file: at.file,
    database: resolveDatabase(raw.database, dir),
    server: {
      host,
      port,
      baseUrl: (raw.server.base_url ?? `http://${host}:${port}`).replace(/\/+$/, ''),
      websubHub: raw.server.websub_hub,
      showSources: raw.server.show_sources,
      maxConnections: raw.server.max_connections,
      cacheBytes: raw.server.cache_size,
      headersTimeoutMs: raw.server.headers_timeout,
      requestTimeoutMs: raw.server.request_timeout,
      search: {
        enabled: raw.server.search,
        timeoutMs: raw.server.search_timeout,
        concurrency: raw.server.search_concurrency,
      },
    },
    poll: {
      schedule: raw.poll.schedule,
      intervalMs: raw.poll.interval,
      concurrency: raw.poll.concurrency,
      perHost: raw.poll.per_host,
      timeoutMs: raw.poll.timeout,
      maxBytes: raw.poll.max_bytes,
      allowPrivateNetworks: raw.poll.allow_private_networks,
    },
    retention: { days: raw.retention.days },
    stories: { windowMs: raw.stories.window },
    sources: compileSources(raw, dir),
    topics,
  };
}

/** Parses YAML text into a compiled Config; throws ConfigError listing every problem with its position. */
export function parseConfig(text: string, file: string): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at: LocatedDocument = { file, doc, lines };
  if (doc.errors.length > 0) throw new ConfigError(yamlSyntaxIssues(at));
  const data: unknown = doc.toJS() ?? {};
  const result = configSchema.safeParse(data);
  const semantic = semanticIssues(at, data);
  const issues = [...(result.success ? [] : schemaIssues(at, result.error)), ...semantic.issues];
  if (issues.length > 0 || !result.success) throw new ConfigError(issues.sort(byPosition));
  return compile(at, result.data, semantic.topics);
}

/**
 * `$TOPICFEED_DATABASE_URL`, when set, replaces the file's `database:` (a PostgreSQL URL or a
 * SQLite path, the latter relative to the working folder); a bad URL is reported against the file.
 */
function overrideDatabase(config: Config, env: NodeJS.ProcessEnv): Config {
  const value = env.TOPICFEED_DATABASE_URL;
  if (value === undefined || value === '') return config;
  const problem = isPostgresUrl(value) ? postgresUrlProblem(value) : undefined;
  if (problem) {
    const message = `$TOPICFEED_DATABASE_URL ${problem}`;
    throw new ConfigError([{ file: config.file, line: 1, col: 1, path: 'database', message }]);
  }
  return { ...config, database: resolveDatabase(value, process.cwd()) };
}

/**
 * Reads and compiles the config file; relative paths in it are resolved against its folder.
 * `env.TOPICFEED_DATABASE_URL` overrides `database:`.
 */
export function loadConfig(path: string, env: NodeJS.ProcessEnv = process.env): Config {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new ConfigError(
      [{ file, line: 1, col: 1, path: '', message: `cannot read config file (${reason})` }],
      { cause: error },
    );
  }
  return overrideDatabase(parseConfig(text, file), env);
}
