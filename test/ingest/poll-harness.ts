import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { buildServerContext, openApp } from '../../src/app.js';
import { runCli } from '../../src/cli.js';
import { startServer } from '../../src/server/index.js';
import { getSource, openDatabase, type SourceRow } from '../../src/store/index.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface SeenRequest {
  path: string;
  host: string;
  headers: IncomingMessage['headers'];
}

export interface FeedServer {
  port: number;
  url: (route: string, host?: string) => string;
  requests: SeenRequest[];
  countTo: (route: string) => number;
  close: () => Promise<void>;
}

/** A node:http server on 127.0.0.1 port 0 that records every request and answers by path. */
export async function startFeedServer(routes: Record<string, Handler>): Promise<FeedServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const route = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path: route, host: req.headers.host ?? '', headers: req.headers });
    const handler = routes[route];
    if (handler) return handler(req, res);
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (route, host = '127.0.0.1') => `http://${host}:${port}${route}`,
    requests,
    countTo: (route) => requests.filter((r) => r.path === route).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS 2.0 document with `count` items (ids prefixed by `prefix`) and an optional `<ttl>`. */
export function rssFeed(prefix: string, count: number, ttlMinutes?: number): string {
  const items = Array.from(
    { length: count },
    (_, i) => `<item><title>${prefix} story number ${i} about lakes and rivers</title>
<link>https://example.org/${prefix}/${i}</link><guid>${prefix}-${i}</guid>
<pubDate>Mon, 0${(i % 9) + 1} Jun 2025 10:00:00 GMT</pubDate>
<description>Body ${prefix} ${i}: a distinct paragraph number ${i} for ${prefix}.</description></item>`,
  ).join('\n');
  const ttl = ttlMinutes === undefined ? '' : `<ttl>${ttlMinutes}</ttl>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${prefix} feed</title><link>https://example.org/${prefix}</link>
<description>test</description>${ttl}
${items}
</channel></rss>`;
}

export interface SourceSpec {
  id: string;
  url: string;
  interval?: string;
}

export interface TempConfig {
  dir: string;
  file: string;
  database: string;
  write: (sources: SourceSpec[], poll?: Record<string, unknown>) => void;
  remove: () => void;
}

/** A temp folder with a config YAML (rewritable) and its SQLite database; `poll` keys as written. */
export function createTempConfig(
  defaultPoll: Record<string, unknown> = { allow_private_networks: true },
): TempConfig {
  const dir = mkdtempSync(path.join(tmpdir(), 'topicfeed-poll-'));
  const file = path.join(dir, 'topicfeed.yaml');
  const write = (sources: SourceSpec[], poll: Record<string, unknown> = defaultPoll) => {
    const config = {
      database: 'topicfeed.db',
      server: { host: '127.0.0.1', port: 0, base_url: 'http://news.test:8080' },
      poll: { timeout: '20s', ...poll },
      retention: { days: 0 }, // the test feeds are dated 2025
      sources,
      topics: [{ id: 'lakes', title: 'Lakes', query: 'lakes' }],
    };
    writeFileSync(file, JSON.stringify(config, null, 2));
  };
  return {
    dir,
    file,
    database: path.join(dir, 'topicfeed.db'),
    write,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with buffered output and silent logs. */
export async function runTopicfeed(argv: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const io = {
    out: (text: string) => {
      out += text;
    },
    err: (text: string) => {
      err += text;
    },
    env: { LOG_LEVEL: 'silent' },
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

/** `fetch` on a config file (optionally one source). */
export function runFetch(config: TempConfig, sourceId?: string): Promise<CliResult> {
  const source = sourceId ? ['--source', sourceId] : [];
  return runTopicfeed(['fetch', '--config', config.file, ...source]);
}

/** The line `fetch` printed for one source. */
export function outcomeLine(result: CliResult, sourceId: string): string {
  const line = result.out.split('\n').find((l) => l.startsWith(`${sourceId} `));
  if (!line) throw new Error(`no fetch line for ${sourceId} in:\n${result.out}`);
  return line;
}

/** Reads a source row straight from the database file. */
export function readSource(config: TempConfig, id: string): SourceRow {
  const db = openDatabase(config.database, { readonly: true });
  try {
    const row = getSource(db, id);
    if (!row) throw new Error(`no source ${id}`);
    return row;
  } finally {
    db.close();
  }
}

/** Counts the entries stored for one source. */
export function countEntries(config: TempConfig, id: string): number {
  const db = openDatabase(config.database, { readonly: true });
  try {
    const row = db.prepare('SELECT count(*) AS n FROM entries WHERE source_id = ?').get(id);
    return (row as { n: number }).n;
  } finally {
    db.close();
  }
}

/** GET / from the real server built on the config (openApp + startServer on port 0). */
export async function fetchIndexPage(config: TempConfig): Promise<string> {
  const app = await openApp(config.file, pino({ level: 'silent' }));
  const running = await startServer(buildServerContext(app), '127.0.0.1', 0);
  try {
    return await (await fetch(`http://127.0.0.1:${running.port}/`)).text();
  } finally {
    await running.close();
    app.close();
  }
}

/** The index page's table row for one source. */
export function sourceRowOf(page: string, id: string): string {
  return page.split('<tr').find((row) => row.includes(`<code>${id}</code>`)) ?? '';
}
