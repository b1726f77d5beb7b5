import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NEWSROOM } from '../helpers/fetch-newsroom.js';
import {
  describeWithPostgres,
  type PostgresCluster,
  startPostgresCluster,
} from '../helpers/postgres-cluster.js';
import { runTopicfeed } from '../helpers/run-cli.js';
import { shippedTopics, writeTempConfig } from '../helpers/temp-config.js';

type Backend = 'sqlite' | 'postgres';

/** The newsroom feeds as `file:` sources, polled one at a time (the same story ids on both). */
function newsroomSources(): { id: string; url: string }[] {
  return readdirSync(NEWSROOM)
    .filter((name) => /\.(xml|json)$/.test(name) && name !== 'labels.json')
    .map((name) => ({ id: name.replace(/\.\w+$/, ''), url: `file://${join(NEWSROOM, name)}` }));
}

/** The day the test runs: an entry without a date is dated when it was fetched. */
const TODAY = new Date().toISOString().slice(0, 10);

/**
 * What differs between two fetches of one corpus: when the stories were made (and so their
 * GUIDs), and the dates of entries without one of their own (the time of the fetch).
 */
function maskTimes(text: string): string {
  return text
    .replace(/^( {2}(guid|created|updated): +).*$/gm, '$1…')
    .replace(new RegExp(`^( +published: +)${TODAY}T.*$`, 'gm'), '$1…')
    .replace(/<dateCreated>[^<]*</g, '<dateCreated>…<');
}

const OPML = `<?xml version="1.0"?>
<opml version="2.0"><head><title>subs</title></head><body>
  <outline text="Harbour Times" title="Harbour Times" xmlUrl="https://harbour.example/rss"/>
  <outline text="Folder"><outline text="Daily Digest" xmlUrl="https://digest.example/feed.xml"/></outline>
  <outline text="Local" xmlUrl="file:///tmp/local.xml"/>
</body></opml>`;

describeWithPostgres('explain and opml on PostgreSQL answer as on SQLite (issue 19)', () => {
  let cluster: PostgresCluster;
  const files = {} as Record<Backend, string>;
  const run = (backend: Backend, args: string[]) =>
    runTopicfeed([...args, '--config', files[backend]], { TOPICFEED_DATABASE_URL: '' });
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const url = await cluster.createDatabase('commands');
    const config = {
      poll: { concurrency: 1 },
      sources: newsroomSources(),
      topics: shippedTopics(),
    };
    files.sqlite = writeTempConfig(config).file;
    files.postgres = writeTempConfig({ ...config, database: url }).file;
    for (const backend of ['sqlite', 'postgres'] as const) {
      const fetched = await run(backend, ['fetch']);
      expect(fetched.code, fetched.err).toBe(0);
    }
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('explains the stories as SQLite does, by id or GUID: members, joins, topic evidence', async () => {
    const ids = (
      await run('sqlite', ['export', '--topic', 'all', '--format', 'json', '--limit', '0'])
    ).out;
    const stories = (JSON.parse(ids) as { items: { _topicfeed: { page: string } }[] }).items.map(
      (item) => item._topicfeed.page.replace(/.*\/stories\//, ''),
    );
    expect(stories.length).toBeGreaterThan(10);
    let multiMember = 0;
    // The newest dozen (each explain opens the store and learns the topics: a second a pair).
    for (const story of stories.slice(0, 12)) {
      const [sqlite, postgres] = [
        await run('sqlite', ['explain', story]),
        await run('postgres', ['explain', story]),
      ];
      expect(sqlite.code, sqlite.err).toBe(0);
      expect(postgres.code, postgres.err).toBe(0);
      expect(maskTimes(postgres.out), story).toBe(maskTimes(sqlite.out));
      if (/members: [2-9]/.test(postgres.out)) multiMember += 1;
    }
    expect(multiMember).toBeGreaterThan(0);
    const guid = /guid: +(\S+)/.exec((await run('postgres', ['explain', stories[0] ?? ''])).out);
    const byGuid = await run('postgres', ['explain', guid?.[1] ?? '']);
    expect(byGuid.code).toBe(0);
    expect(byGuid.out).toContain(`story ${stories[0]}`);
  });

  it('says so when explain names no story, on both backends alike', async () => {
    for (const ref of ['999999', '99999999999999999999999', 'urn:uuid:nope']) {
      const [sqlite, postgres] = [
        await run('sqlite', ['explain', ref]),
        await run('postgres', ['explain', ref]),
      ];
      expect(sqlite.code).toBe(1);
      expect(postgres.code).toBe(1);
      expect(postgres.err).toBe(sqlite.err);
    }
  });

  it('exports the same OPML, and imports into the config, which the next command brings into the store', async () => {
    for (const full of [[], ['--full']]) {
      const [sqlite, postgres] = [
        await run('sqlite', ['opml', 'export', ...full]),
        await run('postgres', ['opml', 'export', ...full]),
      ];
      expect(postgres.code, postgres.err).toBe(0);
      expect(maskTimes(postgres.out)).toBe(maskTimes(sqlite.out));
    }
    const opml = join(files.postgres, '..', 'subs.opml');
    writeFileSync(opml, OPML);
    const imported = { sqlite: '', postgres: '' };
    for (const backend of ['sqlite', 'postgres'] as const) {
      const result = await runTopicfeed(['opml', 'import', opml, '--config', files[backend]]);
      expect(result.code, result.err).toBe(0);
      expect(result.err).toContain('skipped file:///tmp/local.xml: not an http(s) URL');
      imported[backend] = result.out.replace(files[backend], 'CONFIG');
      expect(readFileSync(files[backend], 'utf8')).toContain('https://digest.example/feed.xml');
    }
    expect(imported.postgres).toBe(imported.sqlite);
    expect(imported.postgres).toContain('added 2 source(s)');
    const [sqlite, postgres] = [
      await run('sqlite', ['opml', 'export', '--full']),
      await run('postgres', ['opml', 'export', '--full']),
    ];
    expect(postgres.out).toContain('xmlUrl="https://harbour.example/rss"');
    expect(postgres.out).toContain('xmlUrl="https://digest.example/feed.xml"');
    expect(maskTimes(postgres.out)).toBe(maskTimes(sqlite.out));
  });
});
