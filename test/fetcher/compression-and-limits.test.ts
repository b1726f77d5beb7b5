import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetcher/fetch-feed.js';
import { bodyText, testFetchOptions as opts } from './fetch-options.js';
import { type ScriptedServer, startScriptedServer } from './start-scripted-server.js';

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Сжатие</title>${'<item/>'.repeat(500)}</channel></rss>`;
const oneMegabyteOfZeros = zlib.gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
let server: ScriptedServer;

/** Concatenated gzip members of 1 MB of zeros each: 1024 of them are ~1 MB inflating to 1 GB. */
function* generateGzipBomb(members: number) {
  for (let i = 0; i < members; i++) yield oneMegabyteOfZeros;
}

beforeAll(async () => {
  server = await startScriptedServer({
    '/gzip': (_req, res) =>
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(feed)),
    '/deflate': (_req, res) =>
      res.writeHead(200, { 'content-encoding': 'deflate' }).end(zlib.deflateSync(feed)),
    '/deflate-raw': (_req, res) =>
      res.writeHead(200, { 'content-encoding': 'deflate' }).end(zlib.deflateRawSync(feed)),
    '/br': (_req, res) =>
      res.writeHead(200, { 'content-encoding': 'br' }).end(zlib.brotliCompressSync(feed)),
    '/bomb': (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' });
      pipeline(Readable.from(generateGzipBomb(1024)), res, () => {});
    },
    '/endless-bomb': (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      pipeline(Readable.from(generateGzipBomb(Number.POSITIVE_INFINITY)), res, () => {});
    },
    '/huge-length': (_req, res) => {
      res.writeHead(200, { 'content-length': String(10 * 1024 ** 3) });
      res.flushHeaders();
    },
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => res.write('<'), 1000);
      res.on('close', () => clearInterval(timer));
    },
    '/corrupt-gzip': (_req, res) =>
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('not gzip at all')),
  });
});
afterAll(() => server.close());

describe('compression', () => {
  it.each(['/gzip', '/deflate', '/deflate-raw', '/br'])('decodes %s bodies', async (path) => {
    const result = await fetchFeed({ url: server.url(path) }, opts);
    expect(result).toMatchObject({ kind: 'fetched' });
    expect(bodyText(result)).toBe(feed);
  });

  it('reports a corrupt gzip body as a decode error', async () => {
    await expect(fetchFeed({ url: server.url('/corrupt-gzip') }, opts)).rejects.toMatchObject({
      code: 'decode',
    });
  });
});

describe('limits', () => {
  it('stops a gzip bomb at the decoded-byte cap', async () => {
    const error = fetchFeed({ url: server.url('/bomb') }, opts);
    await expect(error).rejects.toMatchObject({ code: 'too-large' });
    await expect(error).rejects.toThrow(/^fetcher: .*exceeds 1048576 bytes once decoded/);
  });

  it('cuts an endless gzip stream at the cap, not at the deadline', async () => {
    const error = fetchFeed({ url: server.url('/endless-bomb') }, { ...opts, timeoutMs: 20_000 });
    await expect(error).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses a Content-Length over the cap before reading', async () => {
    const error = fetchFeed({ url: server.url('/huge-length') }, opts);
    await expect(error).rejects.toMatchObject({ code: 'too-large' });
    await expect(error).rejects.toThrow(/Content-Length 10737418240/);
  });

  it('cuts a server dripping one byte per second at the overall deadline', async () => {
    const error = fetchFeed({ url: server.url('/drip') }, { ...opts, timeoutMs: 1500 });
    await expect(error).rejects.toMatchObject({ code: 'timeout' });
    await expect(error).rejects.toThrow(/exceeded the 1500 ms deadline/);
  });

  it('stops when the shutdown signal is aborted', async () => {
    const controller = new AbortController();
    const pending = fetchFeed({ url: server.url('/drip') }, { ...opts, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toThrow(/aborted/);
  });
});
