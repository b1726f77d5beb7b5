import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTopic, runTopicfeed } from '../helpers/run-cli.js';
import { writeTempConfig } from '../helpers/temp-config.js';
import { decodeXmlText, findUnsafeMarkup } from './find-unsafe-markup.js';
import { buildHostileCases, type HostileCase } from './hostile-documents.js';
import { buildGoodFeed, type FeedServer, serveHostileFeeds } from './serve-hostile-feeds.js';

const GOOD = ['good-alpha', 'good-beta', 'good-gamma'];
const GOOD_ITEMS = 12;
const CASES = buildHostileCases({ big: true });

interface SourceState {
  id: string;
  last_outcome: string | null;
  last_error: string | null;
  entries: number;
}

describe('hostile feeds served among good ones', () => {
  let server: FeedServer;
  let configFile: string;
  let dbFile: string;
  let fetchOutput = '';
  let fetchCode = -1;

  beforeAll(async () => {
    server = await serveHostileFeeds([
      ...GOOD.map((name) => ({
        path: `/${name}`,
        body: buildGoodFeed(name, GOOD_ITEMS),
        contentType: 'application/rss+xml',
      })),
      ...CASES.map((c) => ({ path: `/${c.name}`, body: c.body, contentType: c.contentType })),
    ]);
    const sources = [...GOOD, ...CASES.map((c) => c.name)].map((id) => ({
      id,
      url: server.url(`/${id}`),
    }));
    const written = writeTempConfig({
      poll: {
        allow_private_networks: true,
        max_bytes: '80MB',
        timeout: '120s',
        concurrency: 4,
        per_host: 4,
      },
      retention: { days: 0 },
      sources,
    });
    configFile = written.file;
    dbFile = join(written.dir, 'topicfeed.db');
    const result = await runTopicfeed(['fetch', '--config', configFile]);
    fetchCode = result.code;
    fetchOutput = result.out + result.err;
  }, 300_000);

  afterAll(() => server?.close());

  function readSources(): Map<string, SourceState> {
    const db = new Database(dbFile, { readonly: true });
    try {
      const rows = db
        .prepare(
          `SELECT s.id, s.last_outcome, s.last_error, (SELECT count(*) FROM entries e WHERE e.source_id = s.id) AS entries FROM sources s`,
        )
        .all() as SourceState[];
      return new Map(rows.map((row) => [row.id, row]));
    } finally {
      db.close();
    }
  }

  function storedGuids(sourceId: string): string[] {
    const db = new Database(dbFile, { readonly: true });
    try {
      const rows = db.prepare('SELECT guid FROM entries WHERE source_id = ?').all(sourceId) as {
        guid: string | null;
      }[];
      return rows.map((row) => row.guid ?? '');
    } finally {
      db.close();
    }
  }

  it('completes the fetch command with exit 0', () => {
    expect(fetchCode, fetchOutput).toBe(0);
    expect(fetchOutput).toMatch(new RegExp(`${GOOD.length + CASES.length} sources`));
  });

  it('fully ingests every good source', () => {
    const sources = readSources();
    for (const name of GOOD) {
      expect(sources.get(name), name).toMatchObject({
        last_outcome: 'new',
        last_error: null,
        entries: GOOD_ITEMS,
      });
    }
  });

  it.each(CASES.map((c): [string, HostileCase] => [c.name, c]))(
    '%s: records its outcome',
    (_, hostile) => {
      const state = readSources().get(hostile.name);
      expect(state, hostile.name).toBeDefined();
      if (hostile.expect === 'error') {
        expect(state?.last_outcome).toBe('error');
        expect(state?.last_error).toMatch(/^(parser|fetcher): /);
        expect(state?.entries).toBe(0);
        return;
      }
      expect(state?.last_outcome, String(state?.last_error)).toBe('new');
      expect(storedGuids(hostile.name)).toContain(hostile.keeps);
    },
  );

  it('never reads a local file through an external entity', () => {
    const db = new Database(dbFile, { readonly: true });
    const leaked = db
      .prepare(
        `SELECT count(*) AS n FROM entries WHERE content_html LIKE '%root:%' OR text LIKE '%root:%'`,
      )
      .get() as { n: number };
    db.close();
    expect(leaked.n).toBe(0);
  });

  it('keeps every stored date a real instant, never in the future', () => {
    const db = new Database(dbFile, { readonly: true });
    const dates = db.prepare('SELECT published_at AS d FROM entries').all() as { d: string }[];
    db.close();
    for (const { d } of dates) {
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(Date.parse(d)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('leaves Object.prototype alone', () => {
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['rss', 'atom', 'json'])(
    'lets no script, handler or javascript: URL reach the %s output',
    async (format) => {
      const result = await exportTopic(configFile, 'all', format);
      expect(result.code, result.err).toBe(0);
      const decoded =
        format === 'json'
          ? JSON.stringify(JSON.parse(result.out), null, 0)
          : decodeXmlText(result.out);
      const text =
        format === 'json' ? decodeXmlText(JSON.parse(`[${JSON.stringify(decoded)}]`)[0]) : decoded;
      expect(result.out).toContain('xssmarker');
      expect(findUnsafeMarkup(text)).toEqual([]);
    },
  );

  it('lets nothing unsafe into the stored entries the index page and feeds are built from', () => {
    const db = new Database(dbFile, { readonly: true });
    const rows = db
      .prepare('SELECT title, content_html, summary, author, link, url, categories FROM entries')
      .all();
    db.close();
    expect(findUnsafeMarkup(JSON.stringify(rows))).toEqual([]);
    expect(readFileSync(dbFile).length).toBeGreaterThan(0);
  });
});
