import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetcher/fetch-error.js';
import { fetchFeed } from '../../src/fetcher/fetch-feed.js';
import { testFetchOptions as opts } from './fetch-options.js';
import { type ScriptedServer, startScriptedServer } from './start-scripted-server.js';

const retryDate = new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000);
const day = 24 * 60 * 60 * 1000;
let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer({
    '/429-seconds': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end(),
    '/429-date': (_req, res) =>
      res.writeHead(429, { 'retry-after': retryDate.toUTCString() }).end(),
    '/503-seconds': (_req, res) => res.writeHead(503, { 'retry-after': '7200' }).end(),
    '/503-date': (_req, res) =>
      res.writeHead(503, { 'retry-after': retryDate.toUTCString() }).end(),
    '/503-week': (_req, res) => res.writeHead(503, { 'retry-after': String(7 * 86400) }).end(),
    '/410': (_req, res) => res.writeHead(410).end('gone'),
    '/500': (_req, res) => res.writeHead(500, { 'retry-after': '60' }).end('oops'),
  });
});
afterAll(() => server.close());

async function catchFetchError(path: string): Promise<FetchError> {
  const error = await fetchFeed({ url: server.url(path) }, opts).catch((e: unknown) => e);
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError from ${path}`);
  return error;
}

describe('server signals', () => {
  it.each([
    ['/429-seconds', 429, 120_000],
    ['/503-seconds', 503, 7_200_000],
  ])('reads Retry-After in seconds on %s', async (path, status, delayMs) => {
    const before = Date.now();
    const error = await catchFetchError(path);
    const after = Date.now();
    expect(error).toMatchObject({ code: 'http', status });
    expect(error.message).toBe(`fetcher: HTTP ${status} from ${server.url(path)}`);
    expect(error.retryAt?.getTime()).toBeGreaterThanOrEqual(before + delayMs);
    expect(error.retryAt?.getTime()).toBeLessThanOrEqual(after + delayMs);
  });

  it.each(['/429-date', '/503-date'])('reads Retry-After as an HTTP date on %s', async (path) => {
    const error = await catchFetchError(path);
    expect(error.retryAt?.toISOString()).toBe(retryDate.toISOString());
  });

  it('caps Retry-After at 24 hours', async () => {
    const error = await catchFetchError('/503-week');
    expect(error.retryAt?.getTime()).toBeLessThanOrEqual(Date.now() + day);
    expect(error.retryAt?.getTime()).toBeGreaterThan(Date.now() + day - 60_000);
  });

  it('marks 410 Gone', async () => {
    expect(await catchFetchError('/410')).toMatchObject({ code: 'http', status: 410, gone: true });
  });

  it('reports other errors with their status and no retry time', async () => {
    const error = await catchFetchError('/500');
    expect(error).toMatchObject({ code: 'http', status: 500 });
    expect(error.retryAt).toBeUndefined();
    expect(error.gone).toBeUndefined();
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await startScriptedServer({});
    const url = closed.url('/feed');
    await closed.close();
    await expect(fetchFeed({ url }, opts)).rejects.toMatchObject({ code: 'network', url });
  });
});
