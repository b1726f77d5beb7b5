import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetcher/fetch-feed.js';
import { bodyText, testFetchOptions as opts } from './fetch-options.js';
import { type Route, type ScriptedServer, startScriptedServer } from './start-scripted-server.js';

const feed = '<rss version="2.0"><channel><title>Moved</title></channel></rss>';
let server: ScriptedServer;

function redirectTo(status: number, location: string): Route {
  return (_req, res) => res.writeHead(status, { location }).end();
}

beforeAll(async () => {
  const chain = Object.fromEntries(
    Array.from({ length: 7 }, (_, i) => [`/chain/${i}`, redirectTo(302, `/chain/${i + 1}`)]),
  );
  server = await startScriptedServer({
    ...chain,
    '/feed': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed),
    '/loop-a': redirectTo(301, '/loop-b'),
    '/loop-b': redirectTo(301, '/loop-a'),
    '/moved-301': redirectTo(301, '/moved-308'),
    '/moved-308': redirectTo(308, '/feed'),
    '/found-302': redirectTo(302, '/feed'),
    '/mixed': redirectTo(301, '/found-302'),
    '/to-file': redirectTo(301, 'file:///etc/passwd'),
    '/no-location': (_req, res) => res.writeHead(301).end(),
  });
});
afterAll(() => server.close());

describe('redirects', () => {
  it('reports the final URL of a chain of 301 and 308 as a permanent redirect', async () => {
    const result = await fetchFeed({ url: server.url('/moved-301') }, opts);
    expect(result).toMatchObject({
      kind: 'fetched',
      finalUrl: server.url('/feed'),
      permanentRedirect: server.url('/feed'),
    });
    expect(bodyText(result)).toBe(feed);
  });

  it('follows a 302 without calling it permanent', async () => {
    const result = await fetchFeed({ url: server.url('/found-302') }, opts);
    expect(result).toMatchObject({ kind: 'fetched', finalUrl: server.url('/feed') });
    expect(result).not.toHaveProperty('permanentRedirect');
  });

  it('does not call a chain permanent when one hop is a 302', async () => {
    const result = await fetchFeed({ url: server.url('/mixed') }, opts);
    expect(result).not.toHaveProperty('permanentRedirect');
  });

  it('detects a redirect loop', async () => {
    const error = fetchFeed({ url: server.url('/loop-a') }, opts);
    await expect(error).rejects.toMatchObject({ code: 'redirect' });
    await expect(error).rejects.toThrow(/^fetcher: redirect loop/);
  });

  it('follows 5 redirects and refuses the sixth', async () => {
    const five = fetchFeed({ url: server.url('/chain/2') }, opts);
    await expect(five).rejects.toMatchObject({ code: 'http', status: 404 });
    const six = fetchFeed({ url: server.url('/chain/1') }, opts);
    await expect(six).rejects.toThrow(/more than 5 redirects/);
  });

  it('refuses a redirect to a non-HTTP scheme', async () => {
    const error = fetchFeed({ url: server.url('/to-file') }, opts);
    await expect(error).rejects.toMatchObject({ code: 'redirect' });
  });

  it('refuses a redirect without Location', async () => {
    await expect(fetchFeed({ url: server.url('/no-location') }, opts)).rejects.toThrow(
      /HTTP 301 without Location/,
    );
  });
});
