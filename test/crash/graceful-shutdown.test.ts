import { existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnRun } from '../helpers/spawn-run.js';
import { writeTempConfig } from '../helpers/temp-config.js';
import { checkStoreIntegrity } from './check-store-integrity.js';

const SLOW_MS = 1_500;

function feed(name: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><item><title>${name} item</title><guid>${name}-1</guid><link>http://example.org/${name}</link><description>About ${name}.</description></item></channel></rss>`;
}

describe('topicfeed run on SIGTERM', () => {
  const seen = { slowStarted: () => {} };
  const slowStarted = new Promise<void>((resolve) => {
    seen.slowStarted = resolve;
  });
  let server: Server;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const name = (req.url ?? '/').slice(1);
      if (name !== 'slow')
        return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(name));
      seen.slowStarted();
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      setTimeout(() => res.end(feed(name)), SLOW_MS);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lets the poll in flight finish, checkpoints the WAL and exits 0', async () => {
    const { port } = server.address() as AddressInfo;
    const { file, dir } = writeTempConfig({
      server: { host: '127.0.0.1', port: 0 },
      poll: { allow_private_networks: true, schedule: '0 0 1 1 *' },
      retention: { days: 0 },
      sources: ['fast', 'slow'].map((id) => ({ id, url: `http://127.0.0.1:${port}/${id}` })),
    });
    const { child, output: readOutput, exited } = spawnRun(['--config', file]);
    await slowStarted;
    child.kill('SIGTERM');
    expect(await exited, readOutput()).toBe(0);
    const dbFile = join(dir, 'topicfeed.db');
    const wal = `${dbFile}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const db = new Database(dbFile, { readonly: true });
    const slow = db
      .prepare("SELECT last_outcome AS outcome, last_error AS error FROM sources WHERE id = 'slow'")
      .get();
    const entries = db
      .prepare("SELECT count(*) FROM entries WHERE source_id = 'slow'")
      .pluck()
      .get();
    expect(checkStoreIntegrity(db)).toEqual([]);
    db.close();
    expect(slow).toEqual({ outcome: 'new', error: null });
    expect(entries).toBe(1);
  }, 60_000);
});
