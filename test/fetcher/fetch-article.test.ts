import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetcher/fetch-error.js';
import { fetchArticle } from '../../src/fetcher/index.js';
import { testFetchOptions as opts } from './fetch-options.js';
import { type ScriptedServer, startScriptedServer } from './start-scripted-server.js';

const article =
  '<html><head><title>t</title></head><body><article><p>Text.</p></article></body></html>';
const cyrillic =
  '<html><head><meta charset="windows-1251"></head><body><p>Приговор обжалуют.</p></body></html>';
let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer({
    '/page': (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article),
    '/no-type': (_req, res) => res.end(article),
    '/xhtml': (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/xhtml+xml' }).end(article),
    '/meta-1251': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(iconv.encode(cyrillic, 'windows-1251')),
    '/gzip': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
        .end(gzipSync(article)),
    '/moved': (_req, res) => res.writeHead(301, { location: '/moved-again' }).end(),
    '/moved-again': (_req, res) => res.writeHead(302, { location: '/page' }).end(),
    '/pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF'),
    '/big': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<p>${'x'.repeat(2 * 1024 * 1024)}</p>`),
    '/busy': (_req, res) => res.writeHead(503, { 'retry-after': '120' }).end(),
    '/missing': (_req, res) => res.writeHead(404).end('not found'),
  });
});
afterAll(() => server.close());

async function catchFetchError(url: string, options = opts): Promise<FetchError> {
  const error = await fetchArticle(url, options).catch((e: unknown) => e);
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError from ${url}`);
  return error;
}

describe('fetchArticle', () => {
  it('GETs the page as a feed poll does: same User-Agent, compression, HTML first in Accept', async () => {
    const page = await fetchArticle(server.url('/page'), opts);
    expect(page).toMatchObject({ status: 200, finalUrl: server.url('/page'), html: article });
    const request = server.requests.at(-1);
    expect(request?.headers['user-agent']).toBe(opts.userAgent);
    expect(request?.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(request?.headers.accept).toMatch(/^text\/html/);
  });

  it('accepts XHTML and a page without a Content-Type', async () => {
    expect((await fetchArticle(server.url('/xhtml'), opts)).html).toBe(article);
    expect((await fetchArticle(server.url('/no-type'), opts)).html).toBe(article);
  });

  it('decodes with the charset of the page’s <meta> and undoes gzip', async () => {
    const page = await fetchArticle(server.url('/meta-1251'), opts);
    expect(page.encoding).toBe('windows-1251');
    expect(page.html).toContain('Приговор обжалуют.');
    expect((await fetchArticle(server.url('/gzip'), opts)).html).toBe(article);
  });

  it('follows redirects and reports where it ended', async () => {
    const page = await fetchArticle(server.url('/moved'), opts);
    expect(page.finalUrl).toBe(server.url('/page'));
  });

  it('refuses what is not a web page', async () => {
    const error = await catchFetchError(server.url('/pdf'));
    expect(error).toMatchObject({ code: 'content-type', status: 200 });
    expect(error.message).toBe(
      `fetcher: ${server.url('/pdf')} is not a web page (Content-Type application/pdf)`,
    );
  });

  it('stops at the decoded-size cap', async () => {
    const error = await catchFetchError(server.url('/big'), { ...opts, maxBytes: 512 * 1024 });
    expect(error.code).toBe('too-large');
  });

  it('keeps the server’s Retry-After on the error, and the status of any failure', async () => {
    const busy = await catchFetchError(server.url('/busy'));
    expect(busy).toMatchObject({ code: 'http', status: 503 });
    expect(busy.retryAt?.getTime()).toBeGreaterThan(Date.now() + 100_000);
    expect(await catchFetchError(server.url('/missing'))).toMatchObject({ status: 404 });
  });

  it('refuses a private address unless private networks are allowed', async () => {
    const error = await catchFetchError(server.url('/page'), {
      ...opts,
      allowPrivateNetworks: false,
    });
    expect(error.code).toBe('private-address');
  });

  it('refuses a link that is not http(s)', async () => {
    const error = await catchFetchError('file:///etc/passwd');
    expect(error.message).toBe('fetcher: article link file:///etc/passwd is not an http(s) URL');
  });

  it('gives up at the deadline', async () => {
    const slow = await startScriptedServer({ '/slow': () => {} });
    try {
      const error = await catchFetchError(slow.url('/slow'), { ...opts, timeoutMs: 200 });
      expect(error.code).toBe('timeout');
    } finally {
      await slow.close();
    }
  });
});
