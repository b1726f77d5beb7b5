import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPollDeps } from '../../src/app.js';
import { createCaptureLogger } from './helpers/capture-logger.js';
import { httpGet } from './helpers/http-get.js';
import { type DemoApp, startDemoApp } from './helpers/start-demo-app.js';

let demo: DemoApp;
let original: string;

beforeAll(async () => {
  demo = await startDemoApp();
  original = readFileSync(demo.configPath, 'utf8');
});
afterAll(async () => demo?.stop());

describe('config reload (SIGHUP in run)', () => {
  it('keeps the last good config when the new file is invalid, and logs why', async () => {
    const { logger, lines } = createCaptureLogger();
    const { openApp } = await import('../../src/app.js');
    const app = await openApp(demo.configPath, logger);
    writeFileSync(demo.configPath, `${original}\nnot_a_key: 1\n`);
    expect(await app.reloadConfig()).toBe(false);
    expect(app.config.topics.map((t) => t.id)).toContain('belarus');
    const failure = lines.find(
      (l) => l.msg === 'config reload failed; keeping the last good config',
    );
    expect(failure?.level).toBe(50);
    expect(JSON.stringify(failure?.err)).toContain('unknown key');
    writeFileSync(demo.configPath, original);
    app.close();
  });

  it('makes the server and the poll follow a good new config', async () => {
    const deps = buildPollDeps(demo.app);
    const renamed = original.replace('title: Belarus\n', 'title: Belarus reloaded\n');
    expect(renamed).not.toBe(original);
    writeFileSync(demo.configPath, renamed.replace('interval: 5m', 'interval: 7m'));
    await httpGet(`${demo.base}/feeds/belarus.json`); // cached before the reload
    expect(await demo.app.reloadConfig()).toBe(true);
    const feed = JSON.parse((await httpGet(`${demo.base}/feeds/belarus.json`)).body.toString());
    expect(feed.title).toBe('Belarus reloaded — topicfeed');
    expect(demo.ctx.config().topics.find((t) => t.id === 'belarus')?.title).toBe(
      'Belarus reloaded',
    );
    expect(deps.config.poll.intervalMs).toBe(7 * 60_000);
    writeFileSync(demo.configPath, original);
  });
});
