import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { runCli } from '../../src/cli.js';
import { scorePairwise } from './score-pairwise.js';
import { scoreTopic, type TopicFigures } from './score-topic.js';
import { serveNewsroom } from './serve-newsroom.js';

const REPO = path.resolve(import.meta.dirname, '../..');
export const NEWSROOM_DIR = path.resolve(REPO, 'test/fixtures/newsroom');

interface Label {
  file: string;
  guid: string;
  story: string;
  cross_lingual: boolean;
  topics: string[];
}

interface JsonFeed {
  items: { _topicfeed: { story: string; members: { source: string; id: string | null }[] } }[];
}

export interface NewsroomEvaluation {
  entries: number;
  stories: number;
  clustering: ReturnType<typeof scorePairwise> & { splitStories: string[] };
  topics: Record<string, TopicFigures>;
}

/** The `topics:` of config/topicfeed.yaml, watch-list paths made absolute. */
export function readShippedTopics(): Record<string, unknown>[] {
  const file = path.join(REPO, 'config/topicfeed.yaml');
  const doc = parse(readFileSync(file, 'utf8')) as { topics: Record<string, unknown>[] };
  return doc.topics.map((topic) =>
    typeof topic.watchlist === 'string'
      ? { ...topic, watchlist: path.resolve(path.dirname(file), topic.watchlist) }
      : topic,
  );
}

async function runQuiet(argv: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  const code = await runCli(argv, { ...io, env: { LOG_LEVEL: 'silent' } });
  if (code !== 0) throw new Error(`eval: topicfeed ${argv[0]} failed: ${err.join('')}`);
  return out.join('');
}

/** Fetches the newsroom feeds over local HTTP with the shipped topics; returns the config path. */
async function fetchNewsroom(dir: string, labels: Label[], baseUrl: string): Promise<string> {
  const files = [...new Set(labels.map((l) => l.file))];
  const config = path.join(dir, 'topicfeed.yaml');
  const sources = files.map((file) => ({ id: sourceIdOf(file), url: `${baseUrl}/${file}` }));
  writeFileSync(
    config,
    stringify({
      database: 'topicfeed.db',
      retention: { days: 0 },
      poll: { allow_private_networks: true, timeout: '10s' },
      sources,
      topics: readShippedTopics(),
    }),
  );
  await runQuiet(['fetch', '--config', config]);
  return config;
}

function sourceIdOf(file: string): string {
  return file.replace(/\.(xml|json)$/, '');
}

/** `source guid` → story id, for every member of every story in one exported topic feed. */
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
  const feed = JSON.parse(text) as JsonFeed;
  const stories = new Map<string, string>();
  for (const item of feed.items)
    for (const member of item._topicfeed.members)
      stories.set(`${member.source} ${member.id}`, item._topicfeed.story);
  return stories;
}

/** Runs the real pipeline on the newsroom corpus and scores clustering and topics against labels. */
export async function evaluateNewsroomPipeline(topicIds?: string[]): Promise<NewsroomEvaluation> {
  const labels = JSON.parse(
    readFileSync(path.join(NEWSROOM_DIR, 'labels.json'), 'utf8'),
  ) as Label[];
  const server = await serveNewsroom(NEWSROOM_DIR, [...new Set(labels.map((l) => l.file))]);
  const dir = mkdtempSync(path.join(tmpdir(), 'topicfeed-eval-'));
  try {
    const config = await fetchNewsroom(dir, labels, server.url);
    const all = await exportMembership(config, 'all');
    const keys = labels.map((l) => `${sourceIdOf(l.file)} ${l.guid}`);
    const missing = keys.filter((key) => !all.has(key));
    if (missing.length > 0)
      throw new Error(`eval: entries not in the store: ${missing.join(', ')}`);
    const ids = topicIds ?? readShippedTopics().map((t) => String(t.id));
    const feeds = new Map<string, Map<string, string>>();
    for (const id of ids) feeds.set(id, await exportMembership(config, id));
    const outcomes = labels.map((label, i) => ({
      label: `${label.file} ${label.guid}`,
      gold: label.topics,
      predicted: new Set(ids.filter((id) => feeds.get(id)?.has(keys[i] ?? ''))),
    }));
    const storyIds = keys.map((key) => all.get(key) ?? key);
    const pairwise = scorePairwise(
      labels.map((l) => ({ story: l.story, crossLingual: l.cross_lingual })),
      storyIds.map((id) => [...new Set(storyIds)].indexOf(id)),
    );
    return {
      entries: labels.length,
      stories: new Set(storyIds).size,
      clustering: { ...pairwise, splitStories: findSplitStories(labels, storyIds) },
      topics: Object.fromEntries(ids.map((id) => [id, scoreTopic(outcomes, id)])),
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Gold stories whose entries landed in more than one stored story (missed merges). */
function findSplitStories(labels: readonly Label[], storyIds: readonly string[]): string[] {
  const placed = new Map<string, Set<string>>();
  labels.forEach((label, i) => {
    const set = placed.get(label.story) ?? new Set<string>();
    set.add(storyIds[i] ?? '');
    placed.set(label.story, set);
  });
  return [...placed]
    .filter(([, set]) => set.size > 1)
    .map(([story, set]) => `${story} → ${set.size} stories`);
}
