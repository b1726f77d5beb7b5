import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { buildServerContext, openApp } from '../../src/app.js';
import { runCli } from '../../src/cli.js';
import { startServer } from '../../src/server/start-server.js';
import { createSilentLogger } from './helpers/create-silent-logger.js';
import { httpGet } from './helpers/http-get.js';
import { collectIo, writeDemoConfig } from './helpers/start-demo-app.js';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>
<link>https://slow.example/</link><description>d</description>
<item><title>Slow news</title><link>https://slow.example/1</link><guid>slow-1</guid>
<pubDate>Mon, 30 Jun 2025 10:00:00 GMT</pubDate><description>late</description></item>
</channel></rss>`;

describe('serving while a poll runs', () => {
  it('answers feeds, index and health while a source is still being fetched', async () => {
    const held: ServerResponse[] = [];
    const slow = createServer((_req, res) => void held.push(res));
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const port = (slow.address() as AddressInfo).port;
    const { dir, configPath } = writeDemoConfig();
    const text = readFileSync(configPath, 'utf8')
      .replace('poll:\n', 'poll:\n  allow_private_networks: true\n')
      .replace(
        'sources:\n',
        `sources:\n  - id: slow\n    url: http://127.0.0.1:${port}/feed.xml\n`,
      );
    writeFileSync(configPath, text);
    const app = await openApp(configPath, createSilentLogger());
    const server = await startServer(buildServerContext(app), '127.0.0.1', 0);
    const base = `http://127.0.0.1:${server.port}`;

    let settled = false;
    const poll = runCli(['fetch', '--config', configPath, '--source', 'slow'], collectIo()).then(
      (code) => {
        settled = true;
        return code;
      },
    );
    await vi.waitFor(() => expect(held).toHaveLength(1), { timeout: 5000 });
    const answers = await Promise.all(
      ['/feeds/all.rss', '/', '/healthz', '/metrics'].map((p) => httpGet(`${base}${p}`)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(settled).toBe(false);

    held[0]?.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(FEED);
    expect(await poll).toBe(0);
    await server.close();
    app.close();
    await new Promise((resolve) => slow.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });
});
