import { describe, expect, it } from 'vitest';
import { STRIKE_ORIGINAL, STRIKE_REWRITE } from '../stories/made-up-news.js';
import { createStoryHarness } from '../stories/story-harness.js';

const ORIGINAL = {
  guid: 'h-1',
  link: 'https://harbour-times.example/strike',
  published: '2025-03-10T07:00:00Z',
  ...STRIKE_ORIGINAL,
};
const ADDED = 'Union delegates later met in Kaunas, where 212 members voted to extend the action.';
const REWRITE = {
  guid: 'd-1',
  link: 'https://daily-digest.example/strike',
  published: '2025-03-10T11:30:00Z',
  title: STRIKE_REWRITE.title,
  text: `${STRIKE_REWRITE.text}\n${ADDED}`,
};

interface Unique {
  source: string;
  unique?: { quotes: string[]; names: string[]; numbers: string[] };
}

// Through the real pipeline (`topicfeed fetch` into a SQLite file, `export`): claims are stored
// with the story and recomputed when a member joins or changes.
describe('provenance kept in step by ingest', () => {
  it('computes claims when a copy joins and recomputes them when that copy changes', async () => {
    const harness = createStoryHarness();
    harness.configure([{ id: 'harbour-times', items: [ORIGINAL] }]);
    await harness.fetchAll();
    let members = (await harness.exportJson())[0]?._topicfeed.members as Unique[];
    expect(members.map((m) => m.unique)).toEqual([{ quotes: [], names: [], numbers: [] }]);

    harness.configure([
      { id: 'harbour-times', items: [ORIGINAL] },
      { id: 'daily-digest', items: [REWRITE] },
    ]);
    await harness.fetchAll();
    members = (await harness.exportJson())[0]?._topicfeed.members as Unique[];
    expect(members.map((m) => m.source)).toEqual(['harbour-times', 'daily-digest']);
    expect(members[1]?.unique).toMatchObject({ names: ['Kaunas'], numbers: ['212'] });
    expect(members[0]?.unique?.names).toEqual([]);

    // The copy drops its added sentence: same guid, new content, claims recomputed.
    harness.configure([
      { id: 'harbour-times', items: [ORIGINAL] },
      { id: 'daily-digest', items: [{ ...REWRITE, text: STRIKE_REWRITE.text }] },
    ]);
    await harness.fetchAll();
    members = (await harness.exportJson())[0]?._topicfeed.members as Unique[];
    expect(members[1]?.unique?.names).not.toContain('Kaunas');
    expect(members[1]?.unique?.numbers).not.toContain('212');
    const rows = harness.query<{ n: number }>('SELECT count(*) AS n FROM story_claims');
    expect(rows).toEqual([{ n: 1 }]);
  }, 60_000);
});
