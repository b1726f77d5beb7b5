import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.js';
import { announceTopicChanges } from '../../src/server/websub.js';
import { createCaptureLogger } from './helpers/capture-logger.js';
import { httpGet } from './helpers/http-get.js';
import {
  collectIo,
  type DemoApp,
  startDemoApp,
  writeDemoConfig,
} from './helpers/start-demo-app.js';

interface HubCall {
  contentType?: string;
  params: URLSearchParams;
}

let hub: Server;
let hubUrl: string;
let hubStatus = 204;
const calls: HubCall[] = [];
let demo: DemoApp;

beforeAll(async () => {
  hub = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      calls.push({ contentType: req.headers['content-type'], params: new URLSearchParams(body) });
      res.writeHead(hubStatus).end();
    });
  });
  await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
  hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/hub`;
  demo = await startDemoApp(`  websub_hub: ${hubUrl}\n`);
});
afterAll(async () => {
  await demo?.stop();
  await new Promise((resolve) => hub.close(resolve));
});

describe('WebSub', () => {
  it('advertises the hub in every format', async () => {
    const rss = (await httpGet(`${demo.base}/feeds/all.rss`)).body.toString();
    const atom = (await httpGet(`${demo.base}/feeds/all.atom`)).body.toString();
    const json = JSON.parse((await httpGet(`${demo.base}/feeds/all.json`)).body.toString());
    expect(rss).toContain(`<atom:link href="${hubUrl}" rel="hub"/>`);
    expect(atom).toContain(`<link rel="hub" href="${hubUrl}"/>`);
    expect(json.hubs).toEqual([{ type: 'WebSub', url: hubUrl }]);
  });

  it('pings the hub for each format of each changed topic when a poll stores something', async () => {
    calls.length = 0;
    const fresh = writeDemoConfig(`  websub_hub: ${hubUrl}\n`);
    expect(await runCli(['fetch', '--config', fresh.configPath], collectIo())).toBe(0);
    // pings go out after each poll's transaction, without holding the poll up
    const pinged = () => new Set(calls.map((c) => c.params.get('hub.url')));
    const expected = ['all.rss', 'all.atom', 'all.json', 'belarus.atom'].map(
      (feed) => `http://127.0.0.1:8080/feeds/${feed}`,
    );
    await vi.waitFor(() => expect([...pinged()]).toEqual(expect.arrayContaining(expected)), {
      timeout: 5000,
    });
    rmSync(fresh.dir, { recursive: true, force: true });
    expect(calls.every((c) => c.params.get('hub.mode') === 'publish')).toBe(true);
    expect(calls[0]?.contentType).toBe('application/x-www-form-urlencoded');
  });

  it('logs a failing hub and never throws', async () => {
    hubStatus = 500;
    const { logger, lines } = createCaptureLogger();
    await expect(
      announceTopicChanges(demo.app.config, ['belarus'], logger),
    ).resolves.toBeUndefined();
    hubStatus = 204;
    const failures = lines.filter((line) => line.msg === 'websub ping failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ hub: hubUrl, err: 'websub: hub answered HTTP 500' });
    expect(failures[0]?.failed_feeds).toHaveLength(3);
  });

  it('logs an unreachable hub and never throws', async () => {
    const { logger, lines } = createCaptureLogger();
    const config = {
      ...demo.app.config,
      server: { ...demo.app.config.server, websubHub: 'http://127.0.0.1:1/hub' },
    };
    await announceTopicChanges(config, ['all'], logger);
    const failures = lines.filter((line) => line.msg === 'websub ping failed');
    expect(failures[0]?.err).toBe('websub: unable to reach the hub');
    expect(failures[0]?.failed_feeds).toHaveLength(3);
  });

  it('pings nothing when no hub is configured', async () => {
    calls.length = 0;
    const config = {
      ...demo.app.config,
      server: { ...demo.app.config.server, websubHub: undefined },
    };
    await announceTopicChanges(config, ['all'], createCaptureLogger().logger);
    expect(calls).toHaveLength(0);
  });
});
