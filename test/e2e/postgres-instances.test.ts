import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** A small feed whose items the test changes: a new item fetched by a third process. */
function extraFeed(items: string[]): string {
  const entries = items
    .map(
      (id) =>
        `<item><title>Extra report ${id} on river ferries</title><link>https://extra.example.org/${id}</link><guid>extra-${id}</guid><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate><description>A report numbered ${id} about ferries.</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Extra</title><link>https://extra.example.org/</link><description>x</description>${entries}</channel></rss>`;
}

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
  let extra: FileServer;
  let extraDir: string;
  let url: string;
  let config: string;
  const servers: { child: ChildProcess; done: Promise<Run> }[] = [];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    url = await cluster.createDatabase('instances');
    feeds = await serveFiles(NEWSROOM, { 'polesie-news.xml': 'application/rss+xml' });
    extraDir = mkdtempSync(join(tmpdir(), 'topicfeed-extra-'));
    writeFileSync(join(extraDir, 'extra.xml'), extraFeed(['1']));
    extra = await serveFiles(extraDir);
    const sources = Array.from({ length: COPIES }, (_, copy) =>
      NEWSROOM_FILES.map((name) => ({
        id: `${sourceIdOf(name)}-c${copy + 1}`,
        url: `${feeds.url}/${name}?copy=${copy + 1}`,
      })),
    ).flat();
    sources.push({ id: 'extra', url: `${extra.url}/extra.xml` });
    config = writeTempConfig({
      database: url,
      poll: { allow_private_networks: true, timeout: '10s' },
      sources,
      topics: shippedTopics(),
    }).file;
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((server) => server.done));
    await extra?.close();
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
    expect(polled).toHaveLength(COPIES * NEWSROOM_FILES.length + 1);
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
      expect(rows.rows).toHaveLength(corpus.items.length * COPIES + 1);
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

  it('exports `all` with every entry once and no duplicate member', async () => {
    const run = await start([
      'export',
      '--config',
      config,
      '--topic',
      'all',
      '--format',
      'json',
      '--limit',
      '0',
    ]).done;
    expect(run, run.err).toMatchObject({ code: 0, err: '' });
    const feed = JSON.parse(run.out) as {
      items: { _topicfeed: { members: { source: string; id: string }[] } }[];
    };
    const members = feed.items.flatMap((item) =>
      item._topicfeed.members.map((member) => `${member.source}\n${member.id}`),
    );
    expect(new Set(members).size).toBe(members.length);
    expect(members).toHaveLength(loadCorpus('newsroom').items.length * COPIES + 1);
  }, 60_000);

  it('two servers answer /feeds/all.json alike, and both show an item a third process fetched within 10 s', async () => {
    for (let i = 0; i < 2; i++) servers.push(start(['serve', '--config', config, '--port', '0']));
    const ports = await Promise.all(servers.map((server) => listeningPort(server.child)));
    const ids = await Promise.all(ports.map((port) => feedItemIds(port)));
    expect(ids[0]?.length).toBeGreaterThan(0);
    expect(ids[1]).toEqual(ids[0]);

    writeFileSync(join(extraDir, 'extra.xml'), extraFeed(['1', '2']));
    const fetched = await start(['fetch', '--config', config, '--source', 'extra']).done;
    expect(fetched, fetched.err).toMatchObject({ code: 0 });
    expect(fetched.out).toMatch(/new=1/);
    const started = Date.now();
    const seen = await Promise.all(
      ports.map(async (port) => {
        for (;;) {
          const body = await (await fetch(`http://127.0.0.1:${port}/feeds/all.json`)).text();
          if (body.includes('extra-2')) return Date.now() - started;
          if (Date.now() - started > 10_000) return Number.POSITIVE_INFINITY;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }),
    );
    // Both servers had the feed cached (the requests above): only the poller's NOTIFY clears it.
    for (const ms of seen) expect(ms).toBeLessThanOrEqual(10_000);
    console.log(`new item on both servers after ${seen.join(' ms, ')} ms`);
  }, 60_000);
});

/** The port a `serve` child prints once it listens. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
}

async function feedItemIds(port: number): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${port}/feeds/all.json`);
  expect(response.status).toBe(200);
  const feed = (await response.json()) as { items: { id: string }[] };
  return feed.items.map((item) => item.id);
}
