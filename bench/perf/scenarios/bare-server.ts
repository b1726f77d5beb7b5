import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * The serving baseline: a bare node:http server sending one file's bytes (gzip made once,
 * level 6 like topicfeed), with an ETag and 304 on If-None-Match. Prints `listening <port>`.
 */
const body = readFileSync(process.argv[2] ?? '');
const gzip = gzipSync(body, { level: 6 });
const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

const server = createServer((req, res) => {
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304).end();
    return;
  }
  const zipped = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (zipped) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
  res.setHeader('Content-Length', zipped ? gzip.length : body.length);
  res.writeHead(200).end(zipped ? gzip : body);
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
