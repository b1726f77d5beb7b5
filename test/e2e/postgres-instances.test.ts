import { type ChildProcess, spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCorpus, sourceIdOf } from '../helpers/evaluate-corpus.js';
import { NEWSROOM, NEWSROOM_FILES } from '../helpers/fetch-newsroom.js';
import {
  describeWithPostgres,
  type PostgresCluster,
  startPostgresCluster,
} from '../helpers/postgres-cluster.js';
import { scorePairwise } from '../helpers/score-pairwise.js';
import { type FileServer, serveFiles } from '../helpers/serve-files.js';
import { REPO, shippedTopics, writeTempConfig } from '../helpers/temp-config.js';

const COPIES = 5;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `topicfeed ARGS` from source (tsx) as its own process: instances are processes. */
function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin.ts', ...args], {
    cwd: REPO,
    env: { ...process.env, LOG_LEVEL: 'silent', TOPICFEED_DATABASE_URL: '' },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const done = new Promise<Run>((resolve) =>
    child.once('exit', (code) => resolve({ code, out, err })),
  );
  return { child, done };
}

/** The sources that a `fetch` printed as polled (fetched or not modified). */
function polledSources(run: Run): string[] {
  return run.out
    .split('\n')
    .filter((line) => / (new|not-modified) /.test(line))
    .map((line) => line.split(' ')[0] as string);
}

describeWithPostgres('several instances on one PostgreSQL (issue 19, end to end)', () => {
  let cluster: PostgresCluster;
  let feeds: FileServer;
  let url: string;
  let config: string;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    url = await cluster.createDatabase('instances');
    feeds = await serveFiles(NEWSROOM, { 'polesie-news.xml': 'application/rss+xml' });
    const sources = Array.from({ length: COPIES }, (_, copy) =>
      NEWSROOM_FILES.map((name) => ({
        id: `${sourceIdOf(name)}-c${copy + 1}`,
        url: `${feeds.url}/${name}?copy=${copy + 1}`,
      })),
    ).flat();
    config = writeTempConfig({
      database: url,
      poll: { allow_private_networks: true, timeout: '10s' },
      sources,
      topics: shippedTopics(),
    }).file;
  }, 60_000);
  afterAll(async () => {
    await feeds?.close();
    await cluster?.stop();
  });

  it('two fetch at once and a third after all exit 0, polling each source once, storing each entry once', async () => {
    const [first, second] = await Promise.all([
      start(['fetch', '--config', config]).done,
      start(['fetch', '--config', config]).done,
    ]);
    const third = await start(['fetch', '--config', config]).done;
    for (const run of [first, second, third])
      expect(run, run.err).toMatchObject({ code: 0, err: '' });
    const polled = [...polledSources(first as Run), ...polledSources(second as Run)].sort();
    expect(polled).toHaveLength(COPIES * NEWSROOM_FILES.length);
    expect(new Set(polled).size).toBe(polled.length);
    expect(third.out).toMatch(/0 failed/);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'entries'",
      );
      expect(tables.rows[0].n).toBe(1);
      const rows = await client.query<{ source: string; guid: string; url: string; story: number }>(
        'SELECT source_id AS source, guid, url, story_id AS story FROM entries',
      );
      const corpus = loadCorpus('newsroom');
      expect(rows.rows).toHaveLength(corpus.items.length * COPIES);
      // Same-language story precision and recall of the first copy, and every copy in its story.
      const storyOf = new Map(rows.rows.map((row) => [`${row.source}\n${row.guid}`, row.story]));
      const storyIds = corpus.items.map((item) => {
        const ids = Array.from({ length: COPIES }, (_, copy) =>
          storyOf.get(`${sourceIdOf(item.file)}-c${copy + 1}\n${item.guid}`),
        );
        expect(ids[0], `${item.file} ${item.guid}`).toBeDefined();
        expect(new Set(ids).size, `${item.file} ${item.guid}`).toBe(1);
        return ids[0] as number;
      });
      const figures = scorePairwise(corpus.items, storyIds).sameLanguage;
      expect(figures.precision).toBeGreaterThanOrEqual(0.98);
      expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    } finally {
      await client.end();
    }
  }, 120_000);
});
