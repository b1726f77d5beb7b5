import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServerContext, openApp } from '../../src/app.js';
import { createLogger } from '../../src/create-logger.js';
import { startServer } from '../../src/server/index.js';
import { runTopicfeed } from '../helpers/run-cli.js';
import { type FileServer, serveFiles } from '../helpers/serve-files.js';
import { REPO, writeTempConfig } from '../helpers/temp-config.js';

describe('sources that cannot be fetched or parsed', () => {
  let server: FileServer;
  let config: string;
  let dir: string;

  beforeAll(async () => {
    server = await serveFiles(join(REPO, 'test/fixtures/e2e'), {
      'page.html': 'text/html; charset=utf-8',
    });
    const written = writeTempConfig({
      poll: { allow_private_networks: true, timeout: '30s' },
      sources: [
        { id: 'good', url: `${server.url}/good.xml` },
        { id: 'missing', url: `${server.url}/missing.xml` },
        { id: 'html-page', url: `${server.url}/page.html` },
        { id: 'truncated', url: `${server.url}/truncated.xml` },
        { id: 'no-such-host', url: 'http://no-such-host.invalid/feed.xml' },
      ],
    });
    config = written.file;
    dir = written.dir;
  });

  afterAll(async () => {
    await server?.close();
  });

  it('records each failure on its source, ingests the good source, and exits 0', async () => {
    const result = await runTopicfeed(['fetch', '--config', config]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^good +new +status=200 new=2/m);
    expect(result.out).toMatch(/^missing +error +status=404 .*fetcher: HTTP 404/m);
    expect(result.out).toMatch(/^html-page +error .*parser: /m);
    expect(result.out).toMatch(/^no-such-host +error .*fetcher: /m);
    expect(result.out).toMatch(/^truncated +(error|new) /m);
    const db = new Database(join(dir, 'topicfeed.db'), { readonly: true });
    const rows = db
      .prepare(
        'SELECT id, last_outcome AS outcome, last_error AS error, consecutive_errors AS errors FROM sources ORDER BY id',
      )
      .all() as { id: string; outcome: string; error: string | null; errors: number }[];
    const entries = db
      .prepare('SELECT source_id AS source, count(*) AS n FROM entries GROUP BY source_id')
      .all();
    db.close();
    expect(rows.find((r) => r.id === 'good')).toMatchObject({
      outcome: 'new',
      error: null,
      errors: 0,
    });
    for (const id of ['missing', 'html-page', 'no-such-host']) {
      expect(rows.find((r) => r.id === id)).toMatchObject({ outcome: 'error', errors: 1 });
    }
    expect(entries).toContainEqual({ source: 'good', n: 2 });
  });

  it('loses and duplicates nothing when the cycle runs again', async () => {
    await runTopicfeed(['fetch', '--config', config]);
    const db = new Database(join(dir, 'topicfeed.db'), { readonly: true });
    const good = db.prepare("SELECT count(*) AS n FROM entries WHERE source_id = 'good'").get() as {
      n: number;
    };
    const errors = db
      .prepare("SELECT consecutive_errors AS n FROM sources WHERE id = 'missing'")
      .get() as { n: number };
    db.close();
    expect(good.n).toBe(2);
    expect(errors.n).toBe(2); // `fetch` polls every source now; each failed attempt counts
  });

  it('shows the failing sources and their errors on the index page', async () => {
    const app = await openApp(config, createLogger('silent', {}));
    const running = await startServer(buildServerContext(app), '127.0.0.1', 0);
    try {
      const page = await (await fetch(`http://127.0.0.1:${running.port}/`)).text();
      expect(page).toContain('fetcher: HTTP 404');
      expect(page).toMatch(/failing/);
      expect(page).toContain('no-such-host.invalid');
    } finally {
      await running.close();
      app.close();
    }
  });
});
