import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';

/**
 * A throwaway PostgreSQL cluster for tests: Debian's `initdb` and `postgres` from
 * /usr/lib/postgresql/<version>/bin, in a temporary folder, on a free loopback port, with durability
 * off (fsync, synchronous_commit, full_page_writes). PostgreSQL refuses to run as root, so when the
 * tests run as root both run as the `postgres` user (runuser). Removed by `stop()`.
 */
export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` */
  url: string;
  /** A fresh, empty database in the cluster; returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

const PG_ROOT = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin folder (15 or newer), or undefined when none is. */
export function findPostgresBin(): string | undefined {
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT)
    .filter((name) => /^\d+$/.test(name) && Number(name) >= 15)
    .filter((name) => existsSync(join(PG_ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(PG_ROOT, versions[0] as string, 'bin') : undefined;
}

const bin = findPostgresBin();

/** True when the tests can start a throwaway PostgreSQL here. */
export const hasPostgres = bin !== undefined;

/**
 * `describe` for the tests that need PostgreSQL: skipped when it is not installed
 * (test/setup/postgres.ts says so in one line, and fails the run when
 * TOPICFEED_REQUIRE_POSTGRES=1, as in CI).
 */
export const describeWithPostgres = describe.skipIf(!hasPostgres);

const asRoot = process.getuid?.() === 0;

/** The command, run as the `postgres` user when we are root (initdb and postgres refuse root). */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, deadlineMs: number, exited: () => string | undefined) {
  const started = Date.now();
  for (;;) {
    const failure = exited();
    if (failure) throw new Error(`postgres-cluster: postgres exited: ${failure}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() - started > deadlineMs)
        throw new Error(`postgres-cluster: not ready after ${deadlineMs} ms: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Starts a throwaway cluster; throws when PostgreSQL is not installed (use describeWithPostgres). */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  if (!bin) throw new Error('postgres-cluster: PostgreSQL is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'topicfeed-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (asRoot) spawnSync('chown', ['postgres:postgres', dir]);
  const [initCmd, initArgs] = asPostgresUser(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`postgres-cluster: initdb failed: ${init.stderr || init.error?.message}`);
  }
  const port = await freePort();
  const settings = [
    ['listen_addresses', '127.0.0.1'],
    ['port', String(port)],
    ['unix_socket_directories', dir],
    ['fsync', 'off'],
    ['synchronous_commit', 'off'],
    ['full_page_writes', 'off'],
    ['max_connections', '100'],
  ];
  const [cmd, args] = asPostgresUser(join(bin, 'postgres'), [
    '-D',
    data,
    ...settings.flatMap(([key, value]) => ['-c', `${key}=${value}`]),
  ]);
  const server = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let exit: string | undefined;
  server.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const closed = new Promise<void>((resolve) =>
    server.once('exit', (code, signal) => {
      exit = `code ${code} signal ${signal}: ${stderr}`;
      resolve();
    }),
  );
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    if (exit === undefined) {
      // pg_ctl reaches the postmaster itself (a signal to runuser is not passed on promptly).
      const [stopCmd, stopArgs] = asPostgresUser(join(bin, 'pg_ctl'), [
        'stop',
        '-D',
        data,
        '-m',
        'immediate',
        '-s',
      ]);
      const stopped = spawnSync(stopCmd, stopArgs, { encoding: 'utf8' });
      if (stopped.status !== 0) server.kill('SIGKILL');
      await closed;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, 20_000, () => exit);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}
