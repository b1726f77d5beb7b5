import { createServer, type Server, type Socket } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFetchDispatcher,
  isPrivateAddress,
  lookupPublicOnly,
} from '../../src/fetcher/network-guard.js';

let server: Server;
let port = 0;
let connections = 0;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = createServer((socket) => {
    connections++;
    sockets.push(socket);
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
);

describe('the address check runs before connecting', () => {
  it.each(['127.0.0.1', 'localhost', '[::ffff:127.0.0.1]'])(
    'a request to %s is refused without opening a connection',
    async (host) => {
      const dispatcher = createFetchDispatcher({ allowPrivateNetworks: false });
      const before = connections;
      const error = await request(`http://${host}:${port}/`, { dispatcher }).catch((e) => e);
      expect(error).toMatchObject({ code: 'private-address' });
      expect(connections).toBe(before);
      await dispatcher.close();
    },
  );

  it('connects when private networks are allowed (the server is really there)', async () => {
    const dispatcher = createFetchDispatcher({ allowPrivateNetworks: true });
    const res = await request(`http://localhost:${port}/`, { dispatcher });
    expect(await res.body.text()).toBe('ok');
    await dispatcher.close();
  });

  it('lookupPublicOnly fails a name that resolves only to private addresses', async () => {
    const error = await new Promise((resolve) =>
      lookupPublicOnly('localhost', { all: true }, (err) => resolve(err)),
    );
    expect(error).toMatchObject({ code: 'private-address' });
  });
});

describe('isPrivateAddress: IPv4 carried inside IPv6, and reserved ranges', () => {
  it.each([
    '2002:7f00:1::', // 6to4 wrapping 127.0.0.1
    '2002:a9fe:a9fe::1', // 6to4 wrapping 169.254.169.254
    '2002:0a00:0001::', // 6to4 wrapping 10.0.0.1
    '2001:0:7f00:1::', // Teredo, server 127.0.0.1
    '2001:0:4136:e378:8000:63bf:80ff:fffe', // Teredo, client 127.0.0.1 (inverted)
    '::ffff:0:127.0.0.1', // translated (SIIT)
    '::ffff:0:a9fe:a9fe',
    '64:ff9b::a9fe:a9fe', // NAT64
    '64:ff9b:1::1',
    '100::1', // discard-only
    '192.88.99.1', // 6to4 relay anycast
    '192.0.2.1',
    '198.51.100.7',
    '203.0.113.9',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['2002:5db8:d822::1', '2001:0:4136:e378:8000:63bf:a247:27dd', '2a00:1450::1', '8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});
