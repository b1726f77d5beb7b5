import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleReader } from '../../src/ingest/index.js';
import { createHostLimiter } from '../../src/scheduler/index.js';
import { extractArticle } from '../../src/worker/extract-article.js';
import { testFetchOptions } from '../fetcher/fetch-options.js';
import { type ScriptedServer, startScriptedServer } from '../fetcher/start-scripted-server.js';

const body = (n: number) =>
  `<html><body><article><p>Report number ${n}: the hearing was adjourned until next month, the lawyer said after the court session ended late in the evening.</p></article></body></html>`;

let server: ScriptedServer;
let inFlight = 0;
let mostInFlight = 0;
const held: ServerResponse[] = [];

/** Answers `/slow/N` only when `releaseAll` is called, counting the requests open at once. */
function releaseAll(): void {
  for (const res of held.splice(0)) {
    inFlight -= 1;
    res.writeHead(200, { 'content-type': 'text/html' }).end(body(1));
  }
}

beforeAll(async () => {
  const routes: Parameters<typeof startScriptedServer>[0] = {
    '/busy': (_req, res) => res.writeHead(429, { 'retry-after': '600' }).end(),
    '/empty': (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'),
  };
  for (let n = 0; n < 4; n++) {
    routes[`/slow/${n}`] = (_req, res) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      held.push(res);
    };
    routes[`/page/${n}`] = (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(body(n));
  }
  server = await startScriptedServer(routes);
});
afterAll(() => server.close());

function createReader(perHost: number) {
  return createArticleReader({
    fetchOptions: testFetchOptions,
    extract: async (html, url, title) => extractArticle(html, url, title),
    hostGate: createHostLimiter(perHost, 16),
    now: () => new Date(),
  });
}

const open = () => new AbortController().signal;

describe('createArticleReader', () => {
  it('fetches and extracts one page', async () => {
    const read = await createReader(2).read(server.url('/page/1'), '', open());
    expect(read).toMatchObject({ status: 'ok', httpStatus: 200, finalUrl: server.url('/page/1') });
    expect(read.article?.text).toContain('Report number 1: the hearing was adjourned');
  });

  it('asks one host for at most per_host pages at once', async () => {
    const reader = createReader(2);
    const reads = [0, 1, 2, 3].map((n) => reader.read(server.url(`/slow/${n}`), '', open()));
    while (held.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(held).toHaveLength(2);
    let settled = false;
    const all = Promise.all(reads).finally(() => {
      settled = true;
    });
    while (!settled) {
      releaseAll();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await all).map((read) => read.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(mostInFlight).toBe(2);
  });

  it('leaves a host alone after its Retry-After, until that time', async () => {
    const reader = createReader(2);
    const busy = await reader.read(server.url('/busy'), '', open());
    expect(busy).toMatchObject({ status: 'failed', httpStatus: 429 });
    const before = server.requests.length;
    const next = await reader.read(server.url('/page/2'), '', open());
    expect(server.requests.length).toBe(before);
    expect(next.status).toBe('failed');
    expect(next.error).toMatch(
      /^fetcher: not fetched: 127\.0\.0\.1:\d+ asked to wait until \d{4}-/,
    );
  });

  it('reports an extraction failure with the extractor’s message', async () => {
    const read = await createReader(2).read(server.url('/empty'), '', open());
    expect(read).toMatchObject({ status: 'failed', httpStatus: 200 });
    expect(read.error).toMatch(/^extractor: no article/);
  });

  it('does not start a page once the poll’s time for pages is over', async () => {
    const step = new AbortController();
    step.abort(new Error('ingest: not fetched: time is up'));
    const before = server.requests.length;
    const read = await createReader(2).read(server.url('/page/3'), '', step.signal);
    expect(read).toMatchObject({ status: 'failed', error: 'ingest: not fetched: time is up' });
    expect(server.requests.length).toBe(before);
  });
});
