import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface NewsroomServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the newsroom feeds on 127.0.0.1; polesie-news.xml (windows-1251) gets no charset. */
export async function serveNewsroom(
  dir: string,
  files: readonly string[],
): Promise<NewsroomServer> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1).split('?')[0] ?? '';
    if (!files.includes(name)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(path.join(dir, name));
    const type = name.endsWith('.json') ? 'application/feed+json' : 'application/xml';
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
