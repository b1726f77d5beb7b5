import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleRequest } from './handle-request.js';
import type { ServerContext } from './server-context.js';

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Starts node:http on host:port (port 0 picks a free one); oversized headers get 431 from Node. */
export async function startServer(
  ctx: ServerContext,
  host: string,
  port: number,
): Promise<RunningServer> {
  const server = createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 30_000 }, (req, res) => {
    void handleRequest(ctx, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
