import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from './helpers/start-demo-app.js';

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp('  max_connections: 3\n  headers_timeout: 1s\n  request_timeout: 2s\n');
});
afterAll(async () => demo?.stop());

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Resolves with what the server sent once it closes the connection. */
function closed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    socket.on('close', () => resolve(text));
    socket.on('error', () => undefined);
  });
}

describe('connection limits from server:', () => {
  it('a half-sent request is answered 408 and dropped once headers_timeout passes', async () => {
    const socket = await open(demo.server.port);
    const done = closed(socket);
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const text = await done;
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(socket.destroyed).toBe(true);
  }, 15_000);

  it('connections beyond max_connections are closed on arrival; the others are served', async () => {
    const held = await Promise.all([1, 2, 3].map(() => open(demo.server.port)));
    const extra = await open(demo.server.port);
    expect(await closed(extra)).toBe('');
    const first = held[0] as Socket;
    const answer = new Promise<string>((resolve) => {
      first.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    });
    first.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
    for (const socket of held) socket.destroy();
  }, 15_000);
});
