import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const NEWSROOM = path.resolve(import.meta.dirname, '../../fixtures/newsroom');

/** The newsroom files and the Content-Type each is served with (polesie-news: no charset). */
export const NEWSROOM_FEEDS: Record<string, string> = {
  'balticbrief.xml': 'application/rdf+xml',
  'continental-daily.xml': 'application/rss+xml; charset=utf-8',
  'digesthub.json': 'application/feed+json',
  'easternwire.xml': 'application/atom+xml',
  'freedomwatch-daily.xml': 'application/rss+xml',
  'minskledger.xml': 'application/rss+xml',
  'polesie-news.xml': 'application/rss+xml',
  'volnyholas.xml': 'application/atom+xml',
};

export interface NewsroomServer {
  base: string;
  /** Replaces a file's bytes (for re-polling after a feed changed). */
  replace(file: string, body: Buffer): void;
  close(): Promise<void>;
}

/** Serves the newsroom corpus on 127.0.0.1 port 0, each file with its Content-Type. */
export async function startNewsroomServer(): Promise<NewsroomServer> {
  const bodies = new Map<string, Buffer>(
    Object.keys(NEWSROOM_FEEDS).map((file) => [file, readFileSync(path.join(NEWSROOM, file))]),
  );
  const server = createServer((req, res) => {
    const file = (req.url ?? '').slice(1);
    const body = bodies.get(file);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': NEWSROOM_FEEDS[file], 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    replace: (file, body) => void bodies.set(file, body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
