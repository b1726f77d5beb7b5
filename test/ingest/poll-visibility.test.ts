import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliResult,
  createTempConfig,
  type FeedServer,
  fetchIndexPage,
  outcomeLine,
  readSource,
  rssFeed,
  runFetch,
  sourceRowOf,
  startFeedServer,
  type TempConfig,
} from './poll-harness.js';

let server: FeedServer;
let config: TempConfig;
let first: CliResult;
let polls = 0;

beforeAll(async () => {
  server = await startFeedServer({
    '/good': (_req, res) => {
      polls += 1;
      const feed = rssFeed('good', polls === 1 ? 2 : 3);
      res.writeHead(200).end(polls === 1 ? feed : feed.replace('Body good 0:', 'Corrected 0:'));
    },
    '/bad': (_req, res) => res.writeHead(500).end(),
  });
  config = createTempConfig();
  config.write([
    { id: 'good', url: server.url('/good') },
    { id: 'bad', url: server.url('/bad') },
  ]);
  first = await runFetch(config);
});
afterAll(async () => {
  await server.close();
  config.remove();
});

describe('poll state shown by `fetch` and on /', () => {
  it('prints outcome, status, entries added and updated, and the error per source', () => {
    expect(outcomeLine(first, 'good')).toMatch(
      /^good +new +status=200 new=2 updated=0 \d+ms next=\S+$/,
    );
    expect(outcomeLine(first, 'bad')).toMatch(
      /^bad +error +status=500 new=0 updated=0 \d+ms next=\S+ +fetcher: HTTP 500 from /,
    );
    expect(first.out).toMatch(/2 sources: 1 fetched, 0 not modified, 0 skipped, 1 failed/);
  });

  it('records every poll-state field on the source row', () => {
    const good = readSource(config, 'good');
    expect(good).toMatchObject({
      lastStatus: 200,
      lastOutcome: 'new',
      lastError: null,
      consecutiveErrors: 0,
      lastNewEntries: 2,
      lastUpdatedEntries: 0,
      entryCount: 2,
    });
    expect(good.lastSuccessAt).toBe(good.lastAttemptAt);
    expect(Date.parse(good.nextPollAt ?? '')).toBeGreaterThan(Date.parse(good.lastAttemptAt ?? ''));
    const bad = readSource(config, 'bad');
    expect(bad).toMatchObject({ lastStatus: 500, lastOutcome: 'error', consecutiveErrors: 1 });
    expect(bad.lastSuccessAt).toBeNull();
  });

  it('counts new and updated entries when the feed adds one and corrects another', async () => {
    const result = await runFetch(config, 'good');
    expect(outcomeLine(result, 'good')).toMatch(/ new +status=200 new=1 updated=1/);
    expect(readSource(config, 'good')).toMatchObject({
      lastNewEntries: 1,
      lastUpdatedEntries: 1,
      entryCount: 3,
    });
  });

  it('shows last poll, status, error, failures in a row and next poll on /', async () => {
    await runFetch(config, 'bad');
    const page = await fetchIndexPage(config);
    const bad = readSource(config, 'bad');
    const badRow = sourceRowOf(page, 'bad');
    expect(badRow).toMatch(/class="failing"/);
    expect(badRow).toMatch(/failing \(2\D{0,2} in a row\)/);
    expect(badRow).toContain(String(bad.lastAttemptAt));
    expect(badRow).toMatch(/\b500\b/);
    expect(badRow).toContain(`fetcher: HTTP 500 from ${server.url('/bad')}`);
    expect(badRow).toContain(String(bad.nextPollAt));
    const good = readSource(config, 'good');
    const goodRow = sourceRowOf(page, 'good');
    expect(goodRow).toMatch(/class="ok"/);
    expect(goodRow).toContain(String(good.lastAttemptAt));
    expect(goodRow).toMatch(/>3</);
  });
});
