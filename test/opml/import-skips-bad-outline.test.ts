import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { loadConfig } from '../../src/config/index.js';
import { addSourcesToConfig } from '../../src/opml/index.js';
import { collectIo, writeDemoConfig } from '../server/helpers/start-demo-app.js';

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>t</title></head><body>
  <outline type="rss" text="Good one" xmlUrl="https://good.example/one.rss" language="ru"/>
  <outline type="rss" text="Bad language" xmlUrl="https://bad.example/feed.rss" language="Russian (Belarus)"/>
  <outline type="rss" text="" title="" xmlUrl="https://untitled.example/feed.rss"/>
  <outline type="rss" text="Good two" xmlUrl="https://good.example/two.rss"/>
</body></opml>`;

describe('opml import with one bad outline', () => {
  const { dir, configPath } = writeDemoConfig();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports and skips the bad outline and imports the rest', async () => {
    const file = path.join(dir, 'in.opml');
    writeFileSync(file, OPML);
    const io = collectIo();
    expect(await runCli(['opml', 'import', file, '--config', configPath], io)).toBe(0);
    expect(io.stderr.join('')).toContain('skipped https://bad.example/feed.rss: language');
    const urls = loadConfig(configPath).sources.map((s) => s.url);
    expect(urls).toContain('https://good.example/one.rss');
    expect(urls).toContain('https://good.example/two.rss');
    expect(urls).toContain('https://untitled.example/feed.rss');
    expect(urls).not.toContain('https://bad.example/feed.rss');
    expect(readFileSync(configPath, 'utf8')).not.toContain('Russian (Belarus)');
  });

  it('addSourcesToConfig names the reason of each skipped outline', () => {
    const result = addSourcesToConfig('sources: []\n', [
      { title: 'x', xmlUrl: 'https://a.example/', language: 'not a code' },
      { title: 'y', xmlUrl: 'https://b.example/' },
    ]);
    expect(result.added.map((a) => a.url)).toEqual(['https://b.example/']);
    expect(result.skipped).toEqual([
      {
        url: 'https://a.example/',
        reason: 'language: expected a language code such as en, ru, be',
      },
    ]);
  });
});
