import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FileServer {
  url: string;
  server: Server;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves the files of one folder on 127.0.0.1 (port 0); `types` maps a file to its Content-Type. */
export async function serveFiles(
  dir: string,
  types: Record<string, string> = {},
): Promise<FileServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]?.slice(1) ?? '');
    requests.push(name);
    try {
      const body = readFileSync(join(dir, name.replace(/[/\\]/g, '')));
      const type =
        types[name] ?? (name.endsWith('.json') ? 'application/feed+json' : 'application/xml');
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
