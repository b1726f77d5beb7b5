import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetcher/fetch-feed.js';
import { createFetchDispatcher, isPrivateAddress } from '../../src/fetcher/network-guard.js';
import { bodyText, testFetchOptions } from './fetch-options.js';
import { type ScriptedServer, startScriptedServer } from './start-scripted-server.js';

let server: ScriptedServer;
const opts = { ...testFetchOptions, allowPrivateNetworks: false };

beforeAll(async () => {
  server = await startScriptedServer({
    '/feed': (_req, res) => res.writeHead(200).end('<rss/>'),
    '/to-loopback': (_req, res) => res.writeHead(302, { location: server.url('/feed') }).end(),
  });
});
afterAll(() => server.close());

describe('private networks', () => {
  it('refuses 127.0.0.1 unless private networks are allowed', async () => {
    const error = fetchFeed({ url: server.url('/feed') }, opts);
    await expect(error).rejects.toMatchObject({ code: 'private-address' });
    await expect(error).rejects.toThrow(/^fetcher: refusing private address 127\.0\.0\.1/);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses localhost by name', async () => {
    const url = server.url('/feed').replace('127.0.0.1', 'localhost');
    await expect(fetchFeed({ url }, opts)).rejects.toMatchObject({ code: 'private-address' });
  });

  it('checks the address the dispatcher actually connected to', async () => {
    const dispatcher = createFetchDispatcher({ allowPrivateNetworks: false });
    const lenient = { ...opts, allowPrivateNetworks: true, dispatcher };
    const error = fetchFeed({ url: server.url('/feed') }, lenient);
    await expect(error).rejects.toMatchObject({ code: 'private-address' });
    expect(server.requests).toHaveLength(0);
    await dispatcher.close();
  });

  it('connects when private networks are allowed', async () => {
    const result = await fetchFeed({ url: server.url('/to-loopback') }, testFetchOptions);
    expect(result).toMatchObject({ kind: 'fetched' });
    expect(bodyText(result)).toBe('<rss/>');
  });
});

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '172.32.0.1', '2606:4700:4700::1111', '::ffff:93.184.216.34'])(
    'allows %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});
