import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { httpGet } from '../server/helpers/http-get.js';
import { collectIo, type DemoApp, startDemoApp } from '../server/helpers/start-demo-app.js';

interface Member {
  source: string;
  unique?: { quotes: string[]; names: string[]; numbers: string[] };
}
interface Item {
  _topicfeed: { page: string; members: Member[]; shared?: { quotes: string[] } };
}

const ORIGINAL = 'minsk-morning-post';
const REWRITE = 'world-digest-now';

let demo: DemoApp;
let seed: Item;
let storyId: string;

async function getText(path: string, headers: Record<string, string> = {}) {
  const res = await httpGet(`${demo.base}${path}`, headers);
  return { ...res, text: res.body.toString('utf8') };
}

/** The HTML of one member's card on a story page, found by its source title. */
function memberCard(html: string, sourceTitle: string): string {
  return html.split('<article').find((card) => card.includes(sourceTitle)) ?? '';
}

// The demo (config/demo.yaml: the seed article and its rewrite), fetched into a real SQLite file
// and served on 127.0.0.1: the "Done when" of issue 18.
describe('provenance on the demo feeds, end to end', () => {
  beforeAll(async () => {
    demo = await startDemoApp();
    const feed = JSON.parse((await getText('/feeds/belarus.json')).text) as { items: Item[] };
    const found = feed.items.find((item) => item._topicfeed.members.length > 1);
    if (found === undefined) throw new Error('no merged story in the demo');
    seed = found;
    storyId = /\/stories\/(\d+)$/.exec(seed._topicfeed.page)?.[1] ?? '';
  }, 60_000);

  afterAll(async () => {
    await demo?.stop();
  });

  it('JSON Feed: the rewrite alone names Vilnius and carries the invented quote; the original neither', () => {
    const [original, rewrite] = seed._topicfeed.members;
    expect([original?.source, rewrite?.source]).toEqual([ORIGINAL, REWRITE]);
    expect(rewrite?.unique?.names).toContain('Vilnius');
    expect(rewrite?.unique?.quotes.some((q) => q.startsWith('With my release'))).toBe(true);
    expect(original?.unique?.names).not.toContain('Vilnius');
    expect(original?.unique?.quotes.some((q) => /with my release|with one word/i.test(q))).toBe(
      false,
    );
    // "With one word…" is cut from the original's longer quote: both carry it, it is shared.
    expect(rewrite?.unique?.quotes.some((q) => /with one word/i.test(q))).toBe(false);
    expect(seed._topicfeed.shared?.quotes.some((q) => /with one word he could/i.test(q))).toBe(
      true,
    );
    expect(seed._topicfeed.page).toBe(`http://127.0.0.1:8080/stories/${storyId}`);
  });

  it('GET /stories/{id} shows both sources and marks Vilnius as only in World Digest Now', async () => {
    const res = await getText(`/stories/${storyId}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const rewrite = memberCard(res.text, 'World Digest Now (demo)');
    const original = memberCard(res.text, 'Minsk Morning Post (demo)');
    expect(rewrite).toMatch(/Only here[\s\S]*<li>Vilnius<\/li>/);
    expect(rewrite).toContain('With my release, I want fellow Belarusians');
    expect(original).not.toContain('<li>Vilnius</li>');
    expect(original).not.toContain('With my release');
    expect(res.text).toContain('Confirmed by 2 outlets');
    expect(res.text).not.toMatch(/<script|<img|<iframe|\son[a-z]+=/i);
  });

  it('GET /topics/belarus lists the seed story with 2 outlets, linked to its page', async () => {
    const res = await getText('/topics/belarus');
    expect(res.status).toBe(200);
    const row =
      res.text.split('<li>').find((li) => li.includes(`href="/stories/${storyId}"`)) ?? '';
    expect(row).toContain('2 outlets');
    expect(row).toContain('Minsk Morning Post (demo), World Digest Now (demo)');
  });

  it('links each topic page from the index page beside the subscribe links', async () => {
    const res = await getText('/');
    expect(res.text).toMatch(
      /<a class="sub read" href="\/topics\/belarus">[^<]+<\/a> <a class="sub" href="[^"]+\/feeds\/belarus\.rss">/,
    );
  });

  it('answers a conditional GET of either page with 304', async () => {
    for (const path of [`/stories/${storyId}`, '/topics/belarus']) {
      const first = await getText(path);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"/);
      expect((await getText(path, { 'If-None-Match': etag })).status).toBe(304);
    }
  });

  it('answers 404 for unknown or malformed ids', async () => {
    for (const path of [
      '/stories/999999',
      '/stories/0',
      '/stories/abc',
      '/stories/1%20',
      `/stories/${'9'.repeat(40)}`,
      '/stories/',
      '/topics/no-such-topic',
      '/topics/BELARUS',
      '/topics/',
    ]) {
      const res = await getText(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });

  it('pages a topic: page 2 of a short topic is empty and links back to page 1', async () => {
    const res = await getText('/topics/belarus?page=2');
    expect(res.status).toBe(200);
    expect(res.text).toContain('No stories yet.');
    expect(res.text).toContain('href="/topics/belarus">← newer</a>');
  });

  it('explain prints the same provenance per member and what all confirm', async () => {
    const io = collectIo();
    expect(await runCli(['explain', storyId, '--config', demo.configPath], io)).toBe(0);
    const out = io.stdout.join('');
    const rewrite = out.slice(out.indexOf(`: ${REWRITE}`));
    const original = out.slice(out.indexOf(`: ${ORIGINAL}`), out.indexOf(`: ${REWRITE}`));
    expect(rewrite).toMatch(
      /only here: quote "With my release, I want fellow Belarusians[^\n]*; names Vilnius/,
    );
    expect(original).toContain('only here: ');
    expect(original).not.toContain('Vilnius');
    expect(out).toMatch(/confirmed by all 2 outlets: [^\n]*names [^\n]*Lithuania/);
  });
});
