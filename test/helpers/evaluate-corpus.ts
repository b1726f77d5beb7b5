import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { stringify } from 'yaml';
import { runCli } from '../../src/cli.js';
import { CLOCK_VARIABLE } from '../../src/commands/read-clock.js';
import { corpusNow } from './normalize-corpus.js';
import { serveNewsroom } from './serve-newsroom.js';
import { sourceIdOf } from './source-id-of.js';
import { FIXTURES, shippedTopics } from './temp-config.js';

/** One labelled feed entry of a corpus, whatever the corpus's own label format. */
export interface LabelledItem {
  /** The feed file the entry is in. */
  file: string;
  /** The entry's id as its feed gives it (RSS guid, Atom id, JSON Feed id; else its link). */
  guid: string;
  /** Entries that are copies of one news story share it. */
  story: string;
  /** A translation of a story first reported in another language. */
  crossLingual: boolean;
  topics: string[];
  /** world-news only: `dev` (tune on it) or `test` (report it). */
  half?: 'dev' | 'test';
  /** world-news only: a close call on the topics. */
  borderlineTopics?: boolean;
}

/** A labelled corpus: where its feed files are and what each entry is. */
export interface Corpus {
  name: string;
  feedsDir: string;
  items: LabelledItem[];
}

export type CorpusName =
  | 'newsroom'
  | 'newsroom-c'
  | 'newsroom-h'
  | 'newsroom-i'
  | 'newsroom-j'
  | 'newsroom-k'
  | 'newsroom-l'
  | 'newsroom-m'
  | 'newsroom-n'
  | 'newsroom-o'
  | 'newsroom-p'
  | 'newsroom-q'
  | 'newsroom-r'
  | 'newsroom-s'
  | 'newsroom-t'
  | 'newsroom-u'
  | 'newsroom-v'
  | 'newsroom-w'
  | 'newsroom-x'
  | 'newsroom-y'
  | 'newsroom-z'
  | 'newsroom-aa'
  | 'newsroom-ab'
  | 'newsroom-ac'
  | 'newsroom-ad'
  | 'newsroom-ae'
  | 'newsroom-af'
  | 'newsroom-ag'
  | 'newsroom-ah'
  | 'newsroom-ai'
  | 'newsroom-aj'
  | 'newsroom-ak'
  | 'newsroom-al'
  | 'newsroom-am'
  | 'newsroom-an'
  | 'newsroom-ao'
  | 'newsroom-ap'
  | 'newsroom-aq'
  | 'newsroom-ar'
  | 'newsroom-as'
  | 'newsroom-at'
  | 'newsroom-au'
  | 'newsroom-av'
  | 'newsroom-aw'
  | 'newsroom-ax'
  | 'newsroom-ay'
  | 'newsroom-az'
  | 'newsroom-ba'
  | 'newsroom-bb'
  | 'newsroom-bc'
  | 'newsroom-bd'
  | 'newsroom-be'
  | 'newsroom-bf'
  | 'newsroom-bg'
  | 'newsroom-bh'
  | 'newsroom-bi'
  | 'newsroom-bj'
  | 'world-news';

interface RawLabel {
  file: string;
  guid: string;
  story: string;
  cross_lingual?: boolean;
  topics: string[];
  half?: 'dev' | 'test';
  borderline_topics?: boolean;
}

/** Reads a corpus of test/fixtures: the newsroom corpora, or the world-news labels of real feeds. */
export function loadCorpus(name: CorpusName): Corpus {
  const labelsDir = path.join(FIXTURES, name);
  const feedsDir =
    name === 'world-news'
      ? path.join(FIXTURES, 'corpus/fastfeedparser/benchmark_data_news')
      : labelsDir;
  const raw = JSON.parse(readFileSync(path.join(labelsDir, 'labels.json'), 'utf8')) as RawLabel[];
  const items = raw.map((label) => ({
    file: label.file,
    guid: label.guid,
    story: label.story,
    crossLingual: label.cross_lingual ?? false,
    topics: label.topics,
    ...(label.half ? { half: label.half } : {}),
    ...(label.borderline_topics !== undefined ? { borderlineTopics: label.borderline_topics } : {}),
  }));
  return { name, feedsDir, items };
}

/** What the real pipeline made of a corpus: per labelled item, its story and its topics. */
export interface CorpusRun {
  corpus: Corpus;
  /** Per item (same order as corpus.items): the GUID of the story it was served in. */
  storyOf: string[];
  /** Per item: the topics whose feeds carry its story. */
  topicsOf: Set<string>[];
  /** Per item: its title and text as the pipeline stored them (what the classifier reads). */
  textOf: { title: string; text: string }[];
}

export interface RunOptions {
  /** The `topics:` of the config (default: the shipped topics of config/topicfeed.yaml). */
  topics?: unknown[];
  /** Extra config keys (e.g. `stories:`), merged over the defaults. */
  config?: Record<string, unknown>;
}

// Where the corpus files become sources; normalize-corpus.ts reads it too, without this module.
export { sourceIdOf } from './source-id-of.js';

/**
 * Runs the real pipeline on a corpus as a user would: its feeds served over local HTTP, one
 * `topicfeed fetch`, then `topicfeed export` of `all` and of every topic as JSON Feed; returns
 * where each labelled entry ended up.
 */
export async function runCorpus(corpus: Corpus, options: RunOptions = {}): Promise<CorpusRun> {
  const files = [...new Set(corpus.items.map((item) => item.file))];
  const server = await serveNewsroom(corpus.feedsDir, files);
  const dir = mkdtempSync(path.join(tmpdir(), `topicfeed-eval-${corpus.name}-`));
  try {
    const topics = options.topics ?? shippedTopics();
    const config = path.join(dir, 'topicfeed.yaml');
    writeFileSync(
      config,
      stringify({
        database: 'topicfeed.db',
        retention: { days: 0 },
        // One source at a time, in file order: the order in which entries meet the story window
        // decides close calls, and the figures must be the same on every run (with 4 polls at
        // once, one world-news or newsroom story split or merged depending on which committed first).
        poll: { allow_private_networks: true, timeout: '20s', concurrency: 1 },
        sources: files.map((file) => ({ id: sourceIdOf(file), url: `${server.url}/${file}` })),
        topics,
        ...options.config,
      }),
    );
    // As of just after the corpus's newest entry: a corpus written ahead of the machine's clock
    // keeps its dates, and the figures do not depend on the day they are run.
    const now = (await corpusNow(corpus)).toISOString();
    await runQuiet(['fetch', '--config', config], { [CLOCK_VARIABLE]: now });
    const all = await exportMembership(config, 'all');
    const keys = corpus.items.map((item) => `${sourceIdOf(item.file)} ${item.guid}`);
    const missing = keys.filter((key) => !all.has(key));
    if (missing.length > 0)
      throw new Error(`eval: ${corpus.name}: entries not in the store: ${missing.join(', ')}`);
    const topicIds = topics.map((topic) => String((topic as { id: unknown }).id));
    const feeds = new Map<string, Map<string, string>>();
    for (const id of topicIds) feeds.set(id, await exportMembership(config, id));
    const texts = readStoredTexts(path.join(dir, 'topicfeed.db'));
    return {
      corpus,
      storyOf: keys.map((key) => all.get(key) ?? key),
      topicsOf: keys.map((key) => new Set(topicIds.filter((id) => feeds.get(id)?.has(key)))),
      textOf: keys.map((key) => texts.get(key) ?? { title: '', text: '' }),
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `source id` → stored title and text, by guid and by url (the keys the export gives members). */
function readStoredTexts(file: string): Map<string, { title: string; text: string }> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare('SELECT source_id AS source, guid, url, title, text FROM entries')
      .all() as {
      source: string;
      guid: string | null;
      url: string | null;
      title: string;
      text: string;
    }[];
    const texts = new Map<string, { title: string; text: string }>();
    for (const row of rows) {
      const text = { title: row.title, text: row.text };
      if (row.guid !== null) texts.set(`${row.source} ${row.guid}`, text);
      if (row.url !== null) texts.set(`${row.source} ${row.url}`, text);
    }
    return texts;
  } finally {
    db.close();
  }
}

async function runQuiet(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  const code = await runCli(argv, { ...io, env: { LOG_LEVEL: 'silent', ...env } });
  if (code !== 0) throw new Error(`eval: topicfeed ${argv[0]} failed: ${err.join('')}`);
  return out.join('');
}

interface JsonFeed {
  items: {
    _topicfeed: {
      story: string;
      members: { source: string; id: string | null; url?: string }[];
    };
  }[];
}

/** `source id` → story, for every member of every story of one exported topic (by guid and url). */
async function exportMembership(config: string, topic: string): Promise<Map<string, string>> {
  const text = await runQuiet([
    'export',
    '--config',
    config,
    '--topic',
    topic,
    '--format',
    'json',
    '--limit',
    '0',
  ]);
  const stories = new Map<string, string>();
  for (const item of (JSON.parse(text) as JsonFeed).items) {
    for (const member of item._topicfeed.members) {
      if (member.id !== null) stories.set(`${member.source} ${member.id}`, item._topicfeed.story);
      if (member.url) stories.set(`${member.source} ${member.url}`, item._topicfeed.story);
    }
  }
  return stories;
}
