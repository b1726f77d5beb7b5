import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  describeWithPostgres,
  type PostgresCluster,
  startPostgresCluster,
} from '../helpers/postgres-cluster.js';
import { runTopicfeed } from '../helpers/run-cli.js';
import { spawnRun } from '../helpers/spawn-run.js';
import { writeTempConfig } from '../helpers/temp-config.js';
import { demoSources } from './demo-store.js';

const NEAR_MISS = 'Azerbaijani journalist sentenced to nine years';
const PARDON = 'Лукашэнка памілаваў 16 палітвязняў';

interface FeedJson {
  title: string;
  items: { title: string }[];
}

/** Rewrites the config's topics (and keeps the rest). */
function rewriteTopics(file: string, topics: Record<string, unknown>[]): void {
  const doc = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, stringify({ ...doc, topics }));
}

async function exportTitles(file: string, topic: string): Promise<string[]> {
  const run = await runTopicfeed([
    'export',
    '--topic',
    topic,
    '--format',
    'json',
    '--limit',
    '0',
    '--config',
    file,
  ]);
  expect(run.code, run.err).toBe(0);
  return (JSON.parse(run.out) as FeedJson).items.map((item) => item.title);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describeWithPostgres('topics on PostgreSQL', () => {
  let cluster: PostgresCluster;
  let url: string;
  let file: string;
  /** The near miss's entry id, as `topics test` printed it. */
  let nearMiss: string | undefined;
  const prisoners = { id: 'prisoners', title: 'prisoners', query: 'prisoner* OR палітвязн*' };

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    url = await cluster.createDatabase('topics');
    ({ file } = writeTempConfig({ database: url, sources: demoSources(), topics: [prisoners] }));
    const fetched = await runTopicfeed(['fetch', '--config', file]);
    expect(fetched.code, fetched.err).toBe(0);
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('lists and tests topics, and teaches labels that persist and decide the feed', async () => {
    const list = await runTopicfeed(['topics', 'list', '--config', file]);
    expect(list.err).toBe('');
    expect(list.out).toMatch(/^prisoners {2}prisoners {2}min_score 2\.5 {2}2 stories$/m);
    const test = await runTopicfeed(['topics', 'test', 'prisoners', '--all', '--config', file]);
    expect(test.code, test.err).toBe(0);
    nearMiss = new RegExp(`#(\\d+) {2}world-digest-now {2}${NEAR_MISS}`).exec(test.out)?.[1];
    expect(nearMiss).toBeDefined();
    const pardon = new RegExp(`#(\\d+) {2}svobodny-golos {2}${PARDON}`).exec(test.out)?.[1];
    expect(pardon).toBeDefined();

    const yes = await runTopicfeed([
      'topics',
      'teach',
      'prisoners',
      '--yes',
      `#${nearMiss}`,
      '--config',
      file,
    ]);
    expect(yes.err).toBe('');
    expect(yes.out).toContain('prisoners: taught yes for 1 entry');
    expect(yes.out).toContain('3 stories in the topic (was 2)');
    const no = await runTopicfeed([
      'topics',
      'teach',
      'prisoners',
      '--no',
      `#${pardon}`,
      '--config',
      file,
    ]);
    expect(no.code, no.err).toBe(0);

    const listed = await runTopicfeed(['topics', 'list', '--config', file]);
    expect(listed.out).toMatch(
      new RegExp(`taught yes #${nearMiss} {2}world-digest-now {2}${NEAR_MISS}`),
    );
    expect(listed.out).toContain('weights learned from 2 examples (1 in the topic)');
    const titles = await exportTitles(file, 'prisoners');
    expect(titles.some((t) => t.startsWith(NEAR_MISS))).toBe(true);
    expect(titles.some((t) => t.startsWith(PARDON))).toBe(false);
    const evaluated = await runTopicfeed([
      'topics',
      'eval',
      'prisoners',
      '--folds',
      '2',
      '--config',
      file,
    ]);
    expect(evaluated.code, evaluated.err).toBe(0);
    expect(evaluated.out).toContain('prisoners: 2 examples (1 in the topic)');
  }, 60_000);

  it('reclassifies the stored entries when a topic changes, once for instances starting together', async () => {
    rewriteTopics(file, [prisoners, { id: 'pardons', title: 'pardons', query: 'памілава*' }]);
    const [first, second] = await Promise.all([
      runTopicfeed(['topics', 'list', '--config', file]),
      runTopicfeed(['topics', 'list', '--config', file]),
    ]);
    expect(first?.code, first?.err).toBe(0);
    expect(second?.code, second?.err).toBe(0);
    const titles = await exportTitles(file, 'pardons');
    expect(titles.some((t) => t.startsWith(PARDON))).toBe(true);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const versions = await client.query('SELECT topic_id FROM topic_versions ORDER BY topic_id');
      expect(versions.rows.map((row) => row.topic_id)).toEqual(['pardons', 'prisoners']);
      // No entry is in the topic twice (the second instance found the first's work done).
      const doubles = await client.query(
        "SELECT entry_id FROM entry_topics WHERE topic_id = 'pardons' GROUP BY entry_id HAVING count(*) > 1",
      );
      expect(doubles.rows).toEqual([]);
    } finally {
      await client.end();
    }
  }, 60_000);

  it('reloads the config on SIGHUP, and a running server follows labels taught by another process', async () => {
    const doc = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      file,
      stringify({
        ...doc,
        server: { host: '127.0.0.1', port: 0 },
        poll: { schedule: '0 0 1 1 *' },
      }),
    );
    const run = spawnRun(['--config', file, '--role', 'server']);
    try {
      const base = await waitFor(
        'the server',
        async () => /http:\/\/[\d.]+:\d+\//.exec(run.output())?.[0],
      );
      const title = async () =>
        ((await (await fetch(`${base}feeds/pardons.json`)).json()) as FeedJson).title;
      expect(await title()).toBe('pardons — topicfeed');
      const reloaded = parse(readFileSync(file, 'utf8')) as { topics: Record<string, unknown>[] };
      rewriteTopics(
        file,
        reloaded.topics.map((t) => (t.id === 'pardons' ? { ...t, title: 'Pardons' } : t)),
      );
      run.child.kill('SIGHUP');
      expect(
        await waitFor('the new title', async () =>
          (await title()) === 'Pardons — topicfeed' ? true : undefined,
        ),
      ).toBe(true);

      const feedTitles = async () =>
        ((await (await fetch(`${base}feeds/prisoners.json`)).json()) as FeedJson).items.map(
          (item) => item.title,
        );
      expect((await feedTitles()).some((t) => t.startsWith(NEAR_MISS))).toBe(true); // now cached
      const taught = await runTopicfeed([
        'topics',
        'teach',
        'prisoners',
        '--no',
        `#${nearMiss}`,
        '--config',
        file,
      ]);
      expect(taught.code, taught.err).toBe(0);
      const dropped = await waitFor('the taught label on the server', async () => {
        const titles = await feedTitles();
        return titles.some((t) => t.startsWith(NEAR_MISS)) ? undefined : titles;
      });
      expect(dropped.some((t) => t.startsWith(PARDON))).toBe(false);
    } finally {
      run.child.kill('SIGTERM');
      expect(await run.exited, run.output()).toBe(0);
    }
  }, 60_000);
});
