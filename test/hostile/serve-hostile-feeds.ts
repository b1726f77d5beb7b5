import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedFeed {
  path: string;
  body: string | Buffer;
  contentType: string;
}

export interface FeedServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves fixed bodies on 127.0.0.1 (port 0), one per path; anything else is a 404. */
export async function serveHostileFeeds(feeds: readonly ServedFeed[]): Promise<FeedServer> {
  const byPath = new Map(feeds.map((feed) => [feed.path, feed]));
  const server = createServer((req, res) => {
    const feed = byPath.get(req.url ?? '');
    if (!feed) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': feed.contentType });
    res.end(feed.body);
  });
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A well-formed RSS feed of `count` items, for the good sources beside the hostile ones. */
export function buildGoodFeed(name: string, count: number): string {
  const items = Array.from(
    { length: count },
    (_, n) =>
      `<item><title>${name} story number ${n} about harvest ${n * 7}</title><link>http://example.org/${name}/${n}</link><guid>${name}-${n}</guid><pubDate>Mon, 0${1 + (n % 9)} Jun 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;${name} paragraph ${n} with distinct words ${name}${n}.&lt;/p&gt;</description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><link>http://example.org/${name}</link>${items}</channel></rss>`;
}
