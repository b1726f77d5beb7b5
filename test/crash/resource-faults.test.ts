import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTopicfeed } from '../helpers/run-cli.js';
import { writeTempConfig } from '../helpers/temp-config.js';

function feed(name: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><item><title>${name} news</title><guid>${name}-1</guid><link>http://example.org/${name}</link><description>About ${name}.</description></item></channel></rss>`;
}

describe('resource faults', () => {
  let server: Server;
  let baseUrl = '';

  beforeAll(async () => {
    server = createServer((req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(feed((req.url ?? '/').slice(1))),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function configWith(database: string, ids: string[]) {
    return writeTempConfig({
      database,
      poll: { allow_private_networks: true },
      retention: { days: 0 },
      sources: ids.map((id) => ({ id, url: `${baseUrl}/${id}` })),
    });
  }

  it('refuses to start, naming the folder, when the database folder is missing', async () => {
    const { file } = configWith('missing/folder/topicfeed.db', ['one']);
    const result = await runTopicfeed(['fetch', '--config', file]);
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/unable to open database .*missing\/folder.* does not exist/);
  });

  it('refuses to start with a clear error while another process holds an exclusive lock', async () => {
    const { file, dir } = configWith('topicfeed.db', ['one']);
    expect((await runTopicfeed(['fetch', '--config', file])).code).toBe(0);
    const holder = new Database(join(dir, 'topicfeed.db'));
    holder.pragma('journal_mode = DELETE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const result = await runTopicfeed(['fetch', '--config', file]);
      expect(result.code).not.toBe(0);
      expect(result.err).toMatch(/^topicfeed: .*database is locked/m);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 30_000);

  it('records a write failure during one poll on that source, and the others go on', async () => {
    const { file, dir } = configWith('topicfeed.db', ['healthy', 'faulty', 'steady']);
    expect((await runTopicfeed(['fetch', '--config', file, '--source', 'healthy'])).code).toBe(0);
    const setup = new Database(join(dir, 'topicfeed.db'));
    setup.exec(`CREATE TRIGGER fail_faulty BEFORE INSERT ON entries WHEN NEW.source_id = 'faulty'
      BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END`);
    setup.close();
    const result = await runTopicfeed(['fetch', '--config', file]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/faulty\s+error .*disk I\/O error \(simulated\)/);
    const db = new Database(join(dir, 'topicfeed.db'), { readonly: true });
    const rows = db
      .prepare(
        'SELECT id, last_outcome AS outcome, (SELECT count(*) FROM entries e WHERE e.source_id = s.id) AS entries FROM sources s ORDER BY id',
      )
      .all();
    db.close();
    expect(rows).toEqual([
      { id: 'faulty', outcome: 'error', entries: 0 },
      { id: 'healthy', outcome: 'not-modified', entries: 1 },
      { id: 'steady', outcome: 'new', entries: 1 },
    ]);
  });
});
