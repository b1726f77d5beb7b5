import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { httpGet } from './helpers/http-get.js';
import { collectIo, type DemoApp, startDemoApp } from './helpers/start-demo-app.js';

describe('server.show_sources: false', () => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp('  show_sources: false\n');
  });
  afterAll(async () => demo?.stop());

  it('hides source URLs on / and answers /opml with 404', async () => {
    const index = await httpGet(`${demo.base}/`);
    expect(index.status).toBe(200);
    const html = index.body.toString();
    expect(html).toContain('minsk-morning-post');
    expect(html).not.toContain('class="url"');
    expect(html).not.toContain('file:');
    expect((await httpGet(`${demo.base}/opml`)).status).toBe(404);
  });
});

describe('source URLs by default', () => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp();
  });
  afterAll(async () => demo?.stop());

  it('/ and /opml name a file source by its file name, never its folder', async () => {
    for (const path of ['/', '/opml']) {
      const text = (await httpGet(`${demo.base}${path}`)).body.toString();
      expect(text, path).toContain('file:minsk-morning-post.xml');
      expect(text, path).not.toContain(demo.dir);
    }
  });

  it('opml export writes the public URLs; --full the real ones', async () => {
    const plain = collectIo();
    expect(await runCli(['opml', 'export', '--config', demo.configPath], plain)).toBe(0);
    expect(plain.stdout.join('')).not.toContain(demo.dir);
    const full = collectIo();
    expect(await runCli(['opml', 'export', '--full', '--config', demo.configPath], full)).toBe(0);
    expect(full.stdout.join('')).toContain(`file://${demo.dir}`);
  });
});
