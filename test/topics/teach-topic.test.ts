import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildServerContext, openApp } from '../../src/app.js';
import { createLogger } from '../../src/create-logger.js';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { runTopicfeed } from '../helpers/run-cli.js';
import { fetchDemo } from './demo-store.js';

interface FeedJson {
  items: { title: string; _topicfeed: { story: string; members: { id: string | null }[] } }[];
}

const TOPIC = { id: 'prisoners', query: 'prisoner* OR палітвязн*' };
const NEAR_MISS = 'Azerbaijani journalist sentenced to nine years';
const PARDON = 'Лукашэнка памілаваў 16 палітвязняў';

let file: string;
let app: App;
let server: RunningServer;
/** The near miss's entry id, as `topics test` printed it. */
let nearMissId: string | undefined;

async function feedTitles(): Promise<string[]> {
  const res = await fetch(`http://127.0.0.1:${server.port}/feeds/prisoners.json`);
  expect(res.status).toBe(200);
  return ((await res.json()) as FeedJson).items.map((item) => item.title);
}

/** The served feed, asked again until it satisfies `done` (the server checks for labels each second). */
async function feedTitlesOnceChanged(done: (titles: string[]) => boolean): Promise<string[]> {
  for (let attempt = 0; ; attempt += 1) {
    const titles = await feedTitles();
    if (done(titles) || attempt === 40) return titles;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  ({ file } = await fetchDemo([TOPIC]));
  app = await openApp(file, createLogger('silent', {}));
  server = await startServer(buildServerContext(app), '127.0.0.1', 0);
});

afterAll(async () => {
  await server.close();
  app.close();
});

describe('topics teach → topics eval → the served feed', () => {
  it("moves a near miss into the running server's feed and a wrong story out of it", async () => {
    const before = await feedTitles();
    expect(before.some((t) => t.startsWith(PARDON))).toBe(true);
    expect(before.some((t) => t.startsWith(NEAR_MISS))).toBe(false);
    const test = await runTopicfeed(['topics', 'test', 'prisoners', '--all', '--config', file]);
    nearMissId = new RegExp(`#(\\d+) {2}world-digest-now {2}${NEAR_MISS}`).exec(test.out)?.[1];
    expect(nearMissId).toBeDefined();

    const yes = await runTopicfeed([
      'topics',
      'teach',
      'prisoners',
      '--yes',
      `#${nearMissId}`,
      '--config',
      file,
    ]);
    expect(yes.err).toBe('');
    expect(yes.code).toBe(0);
    expect(yes.out).toContain('prisoners: taught yes for 1 entry');
    // One example moves the learned weights; the label alone would have put it in.
    expect(yes.out).toMatch(
      new RegExp(`#${nearMissId} {2}world-digest-now {2}${NEAR_MISS}.*: in the topic`),
    );
    expect(yes.out).toContain('3 stories in the topic (was 2)');
    const pardon = (await (
      await fetch(`http://127.0.0.1:${server.port}/feeds/prisoners.json`)
    ).json()) as FeedJson;
    const pardonGuid = pardon.items.find((i) => i.title.startsWith(PARDON))?._topicfeed.members[0]
      ?.id;
    expect(pardonGuid).toBeTruthy();
    const no = await runTopicfeed([
      'topics',
      'teach',
      'prisoners',
      '--no',
      String(pardonGuid),
      '--config',
      file,
    ]);
    expect(no.code).toBe(0);
    expect(no.out).toContain('out of the topic');

    const after = await feedTitlesOnceChanged(
      (titles) =>
        titles.some((t) => t.startsWith(NEAR_MISS)) && !titles.some((t) => t.startsWith(PARDON)),
    );
    expect(after.some((t) => t.startsWith(NEAR_MISS))).toBe(true);
    expect(after.some((t) => t.startsWith(PARDON))).toBe(false);
  });

  it('cross-validates the topic on its labelled examples', async () => {
    const run = await runTopicfeed([
      'topics',
      'eval',
      'prisoners',
      '--folds',
      '2',
      '--config',
      file,
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('prisoners: 2 examples (1 in the topic), 2-fold cross-validation');
    expect(run.out).toMatch(/^learned, cross-validated +\d\.\d{3} +\d\.\d{3} +\d\.\d{3}/m);
    expect(run.out).toContain('weights learned from 2 examples (1 in the topic)');
  });

  it('keeps the labels across restarts: listed, and still deciding the feed', async () => {
    const list = await runTopicfeed(['topics', 'list', '--config', file]);
    expect(list.out).toMatch(new RegExp(`taught yes #\\d+ {2}world-digest-now {2}${NEAR_MISS}`));
    expect(list.out).toMatch(new RegExp(`taught no  #\\d+ {2}svobodny-golos {2}${PARDON}`));
    const exported = await runTopicfeed([
      'export',
      '--topic',
      'prisoners',
      '--format',
      'json',
      '--limit',
      '0',
      '--config',
      file,
    ]);
    const titles = (JSON.parse(exported.out) as FeedJson).items.map((i) => i.title);
    expect(titles.some((t) => t.startsWith(NEAR_MISS))).toBe(true);
    expect(titles.some((t) => t.startsWith(PARDON))).toBe(false);
  });

  it("explains a story with each topic's verdict on each member, weights and points", async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/feeds/prisoners.json`);
    const feed = (await res.json()) as FeedJson;
    const story = feed.items.find((i) => i.title.startsWith(NEAR_MISS))?._topicfeed.story;
    const run = await runTopicfeed(['explain', String(story), '--config', file]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^topics:$/m);
    expect(run.out).toMatch(/^ {2}prisoners \(min_score 2\.5; weights learned from 2 examples/m);
    expect(run.out).toMatch(
      /^ {4}#\d+ (in |out) \d+\.\d\d(?: taught (?:yes|no);)? query -?\d+\.\d\d \(\d+\.\d\d × \d+\.\d\d\)/m,
    );
  });

  it('forgets labels and refuses what it cannot do, saying why', async () => {
    const unknown = await runTopicfeed([
      'topics',
      'teach',
      'prisoners',
      '--yes',
      '99999',
      '--config',
      file,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no stored entry "99999"');
    await expect(
      runTopicfeed(['topics', 'teach', 'prisoners', '--yes', '--no', '1', '--config', file]),
    ).rejects.toThrow('exactly one of --yes, --no or --forget');
    const topic = await runTopicfeed(['topics', 'teach', 'sport', '--yes', '1', '--config', file]);
    expect(topic.err).toContain('unknown topic "sport"');
    const forget = await runTopicfeed([
      'topics',
      'teach',
      'prisoners',
      '--forget',
      `#${nearMissId}`,
      '--config',
      file,
    ]);
    expect(forget.code).toBe(0);
    expect(forget.out).toContain('forgot the labels of 1 entry');
    const list = await runTopicfeed(['topics', 'list', '--config', file]);
    expect(list.out).not.toContain(`taught yes #${nearMissId}`);
  });
});
