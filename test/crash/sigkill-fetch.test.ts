import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTopicfeed } from '../helpers/run-cli.js';
import { REPO, writeTempConfig } from '../helpers/temp-config.js';
import { checkStoreIntegrity } from './check-store-integrity.js';

const SOURCES = 24;
const KILLS = 12;

/** Feed `n` at generation `g`: a sliding window of items, so every generation brings new ones. */
function buildFeed(n: number, generation: number): string {
  const items = Array.from({ length: 15 }, (_, k) => {
    const id = generation * 4 + k;
    const day = String(1 + (id % 27)).padStart(2, '0');
    return `<item><title>Outlet ${n} report ${id}: river level ${id * 3} in town ${n}</title><link>http://example.org/${n}/${id}</link><guid>s${n}-${id}</guid><pubDate>${day} May 2025 0${id % 10}:00:00 GMT</pubDate><description>Report ${id} from outlet ${n} about the river, bridge ${id % 7} and mayor ${n}.</description></item>`;
  }).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${n}</title>${items}</channel></rss>`;
}

/** Spawns `topicfeed fetch` from source (tsx), as its own process, so it can be SIGKILLed. */
function spawnFetch(configFile: string): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'src/bin.ts', 'fetch', '--config', configFile],
    {
      cwd: REPO,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    },
  );
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('SIGKILL during fetch', () => {
  const state = { generation: 0, requests: 0 };
  let server: Server;
  let configFile: string;
  let dbFile: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      state.requests++;
      const n = Number((req.url ?? '').slice(1));
      setTimeout(
        () =>
          res
            .writeHead(200, { 'content-type': 'application/rss+xml' })
            .end(buildFeed(n, state.generation)),
        n % 5,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const sources = Array.from({ length: SOURCES }, (_, n) => ({
      id: `outlet-${n}`,
      url: `http://127.0.0.1:${port}/${n}`,
    }));
    const written = writeTempConfig({
      poll: { allow_private_networks: true, concurrency: 6, per_host: 6 },
      retention: { days: 0 },
      sources,
    });
    configFile = written.file;
    dbFile = join(written.dir, 'topicfeed.db');
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it(`leaves a consistent database after ${KILLS} kills at random moments, and the next fetch completes`, async () => {
    let killedMidPoll = 0;
    for (let round = 0; round < KILLS; round++) {
      state.generation = round;
      const before = state.requests;
      const child = spawnFetch(configFile);
      // wait for the polls to start, then a random moment within them
      while (state.requests === before && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, Math.random() * 600));
      if (child.exitCode === null) killedMidPoll++;
      child.kill('SIGKILL');
      await exited(child);
      const db = new Database(dbFile);
      try {
        expect(checkStoreIntegrity(db), `after kill ${round + 1}`).toEqual([]);
      } finally {
        db.close();
      }
    }
    expect(killedMidPoll).toBeGreaterThan(0);
    state.generation = KILLS;
    const final = await runTopicfeed(['fetch', '--config', configFile]);
    expect(final.code, final.err).toBe(0);
    expect(final.out).toContain(`${SOURCES} sources: ${SOURCES} fetched`);
    const db = new Database(dbFile);
    expect(checkStoreIntegrity(db)).toEqual([]);
    expect(
      db.prepare("SELECT count(*) FROM sources WHERE last_outcome = 'new'").pluck().get(),
    ).toBe(SOURCES);
    db.close();
  }, 240_000);
});
