import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.js';
import { collectIo } from '../server/helpers/start-demo-app.js';
import { STRIKE_ORIGINAL, STRIKE_REWRITE } from '../stories/made-up-news.js';
import { createStoryHarness } from '../stories/story-harness.js';

const ADDED = 'Union delegates later met in Kaunas, where 212 members voted to extend the action.';

/** Two copies of one story, fetched, then their claims and readings deleted. */
async function storyWithoutClaims() {
  const harness = createStoryHarness();
  harness.configure([
    {
      id: 'harbour-times',
      items: [
        {
          guid: 'h-1',
          link: 'https://h.example/1',
          published: '2025-03-10T07:00:00Z',
          ...STRIKE_ORIGINAL,
        },
      ],
    },
    {
      id: 'daily-digest',
      items: [
        {
          guid: 'd-1',
          link: 'https://d.example/1',
          published: '2025-03-10T11:30:00Z',
          title: STRIKE_REWRITE.title,
          text: `${STRIKE_REWRITE.text}\n${ADDED}`,
        },
      ],
    },
  ]);
  await harness.fetchAll();
  const db = new Database(join(harness.dir, 'topicfeed.db'));
  db.exec('DELETE FROM story_claims; DELETE FROM entry_claim_readings;');
  db.close();
  return harness;
}

function uniqueNames(members: { unique?: { names: string[] } }[]): (boolean | undefined)[] {
  return members.map((member) => member.unique?.names.includes('Kaunas'));
}

// A database from before claims existed: `topicfeed run` computes the missing claims at start, in
// the background (the feeds are unchanged, so no poll recomputes them).
describe('topicfeed run backfills story claims', () => {
  it('computes the claims of stories stored without them', async () => {
    const harness = await storyWithoutClaims();
    appendFileSync(harness.file, 'server:\n  port: 0\n');

    const io = collectIo();
    const running = runCli(['run', '--config', harness.file], io);
    await vi.waitFor(
      () => expect(harness.query('SELECT story_id FROM story_claims')).toHaveLength(1),
      { timeout: 20_000, interval: 100 },
    );
    process.emit('SIGTERM', 'SIGTERM');
    expect(await running).toBe(0);
    const members = (await harness.exportJson())[0]?._topicfeed.members as {
      unique?: { names: string[] };
    }[];
    expect(uniqueNames(members)).toEqual([false, true]);
  }, 60_000);
});

// A `fetch` killed between a poll's commit and its claims step leaves stories without claims; the
// next `fetch` (whose feeds are unchanged: no poll recomputes them) backfills them before it exits.
describe('topicfeed fetch backfills story claims', () => {
  it('computes the claims of stories stored without them before it exits', async () => {
    const harness = await storyWithoutClaims();
    expect(harness.query('SELECT story_id FROM story_claims')).toHaveLength(0);
    const out = await harness.fetchAll();
    expect(out).toMatch(/2 sources: 0 fetched, 2 not modified/);
    expect(harness.query('SELECT story_id FROM story_claims')).toHaveLength(1);
    const members = (await harness.exportJson())[0]?._topicfeed.members as {
      unique?: { names: string[] };
    }[];
    expect(uniqueNames(members)).toEqual([false, true]);
  }, 60_000);
});
