import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetcher/fetch-feed.js';
import { CONNECTION_FAILED, publicError } from '../../src/renderer/public-url.js';
import { testFetchOptions } from '../fetcher/fetch-options.js';

async function failureOf(url: string, allowPrivateNetworks: boolean): Promise<string> {
  const error = await fetchFeed({ url }, { ...testFetchOptions, allowPrivateNetworks }).catch(
    (e: Error) => e,
  );
  return (error as Error).message;
}

/** A port that was open a moment ago and is closed now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the public page says the same of every failed or refused connection', () => {
  it('a refused private address and a closed port read alike; the log keeps the difference', async () => {
    const refused = await failureOf('http://127.0.0.1:22/feed', false);
    const closed = await failureOf(`http://127.0.0.1:${await closedPort()}/feed`, true);
    expect(refused).not.toBe(closed);
    expect(publicError(refused)).toBe(CONNECTION_FAILED);
    expect(publicError(closed)).toBe(CONNECTION_FAILED);
  });

  it('other errors keep their words, URLs shown without secrets', () => {
    expect(publicError('fetcher: HTTP 404 from https://u:p@a.example/f?t=1')).toBe(
      'fetcher: HTTP 404 from https://a.example/f',
    );
    expect(publicError('parser: unable to parse feed: neither XML nor JSON')).toBe(
      'parser: unable to parse feed: neither XML nor JSON',
    );
  });
});
