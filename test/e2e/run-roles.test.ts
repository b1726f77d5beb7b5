import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeWithPostgres,
  type PostgresCluster,
  startPostgresCluster,
} from '../helpers/postgres-cluster.js';
import { runTopicfeed } from '../helpers/run-cli.js';
import { spawnRun } from '../helpers/spawn-run.js';
import { writeTempConfig } from '../helpers/temp-config.js';

function feed(name: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><item><title>${name} item</title><guid>${name}-1</guid><link>http://example.org/${name}</link><description>About ${name}.</description></item></channel></rss>`;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms = 20_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('topicfeed run --role', () => {
  let feeds: Server;
  let feedsUrl: string;
  beforeAll(async () => {
    feeds = createServer((req, res) => {
      const name = (req.url ?? '/').slice(1);
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(name));
    });
    await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
    feedsUrl = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => feeds.close(() => resolve())));

  it('refuses a role it does not know, naming the roles', async () => {
    await expect(runTopicfeed(['run', '--role', 'bogus'])).rejects.toThrow(
      /--role must be one of all, poller, server/,
    );
  });

  it('polls without serving as a poller on SQLite, and stops on SIGTERM', async () => {
    const { file, dir } = writeTempConfig({
      server: { host: '127.0.0.1', port: 0 },
      poll: { allow_private_networks: true, schedule: '0 0 1 1 *' },
      sources: [{ id: 'alpha', url: `${feedsUrl}/alpha` }],
    });
    const run = spawnRun(['--config', file, '--role', 'poller']);
    await waitFor('an entry', async () => {
      const db = new Database(join(dir, 'topicfeed.db'), { readonly: true });
      try {
        const n = db.prepare('SELECT count(*) FROM entries').pluck().get() as number;
        return n > 0 ? n : undefined;
      } finally {
        db.close();
      }
    });
    expect(run.output()).toContain('topicfeed running (role poller)');
    expect(run.output()).not.toContain('http://');
    run.child.kill('SIGTERM');
    expect(await run.exited, run.output()).toBe(0);
  }, 60_000);
});

describeWithPostgres('topicfeed run --role on PostgreSQL', () => {
  let cluster: PostgresCluster;
  let feeds: Server;
  let feedsUrl: string;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    feeds = createServer((req, res) => {
      const name = (req.url ?? '/').slice(1);
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(name));
    });
    await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
    feedsUrl = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => feeds.close(() => resolve()));
    await cluster?.stop();
  });

  it('two pollers and a server on one database: the server serves what the pollers stored, all stop on SIGTERM', async () => {
    const url = await cluster.createDatabase('roles');
    const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
    const { file } = writeTempConfig({
      database: url,
      server: { host: '127.0.0.1', port: 0 },
      poll: { allow_private_networks: true, schedule: '0 0 1 1 *' },
      sources: ids.map((id) => ({ id, url: `${feedsUrl}/${id}` })),
    });
    const server = spawnRun(['--config', file, '--role', 'server']);
    const port = await waitFor('the server', async () => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(server.output());
      return match ? Number(match[1]) : undefined;
    });
    const pollers = [
      spawnRun(['--config', file, '--role', 'poller']),
      spawnRun(['--config', file, '--role', 'poller']),
    ];
    const items = await waitFor('every source on the server', async () => {
      const body = (await (await fetch(`http://127.0.0.1:${port}/feeds/all.json`)).json()) as {
        items: { title: string }[];
      };
      return body.items.length === ids.length ? body.items : undefined;
    });
    expect(items.map((item) => item.title).sort()).toEqual(ids.map((id) => `${id} item`).sort());
    for (const run of [server, ...pollers]) run.child.kill('SIGTERM');
    for (const run of [server, ...pollers]) expect(await run.exited, run.output()).toBe(0);
  }, 60_000);
});
