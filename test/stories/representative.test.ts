import { describe, expect, it } from 'vitest';
import { STRIKE_ORIGINAL, STRIKE_REWRITE, STRIKE_SECOND_COPY } from './made-up-news.js';
import { createStoryHarness, type FeedItem, type SourceSpec } from './story-harness.js';

const ORIGINAL: FeedItem = {
  guid: 'harbour-1',
  link: 'https://harbour-times.example/2025/03/10/lindavik-strike',
  published: '2025-03-10T07:00:00Z',
  ...STRIKE_ORIGINAL,
};
const COPY: FeedItem = {
  guid: 'digest-77',
  link: 'https://daily-digest.example/lindavik-port-paralysed',
  published: '2025-03-10T11:30:00Z',
  ...STRIKE_REWRITE,
};
const SECOND_COPY: FeedItem = {
  guid: 'coast-5',
  link: 'https://coast-radio.example/news/strike-halts-lindavik',
  published: '2025-03-10T15:00:00Z',
  ...STRIKE_SECOND_COPY,
};
const UNRELATED: FeedItem = {
  guid: 'harbour-2',
  link: 'https://harbour-times.example/2025/03/11/ferry-timetable',
  published: '2025-03-11T08:00:00Z',
  title: 'New summer ferry timetable published',
  text: 'The island ferry will run nine times a day from June, the operator Baltline announced on Tuesday.',
};

const harbour = (items: FeedItem[], preferred = false): SourceSpec => ({
  id: 'harbour-times',
  items,
  preferred,
});
const digest = (preferred = false): SourceSpec => ({
  id: 'daily-digest',
  items: [COPY],
  preferred,
});

describe('the representative of a story, through fetch and export', () => {
  it('lets an earlier original take over its copy’s item: same GUID, never a second item', async () => {
    const harness = createStoryHarness();
    harness.configure([digest()]);
    await harness.fetchAll();
    const [before, ...noOther] = await harness.exportJson();
    expect(noOther).toHaveLength(0);
    expect(before?._topicfeed.members.map((m) => m.source)).toEqual(['daily-digest']);

    harness.configure([digest(), harbour([ORIGINAL])]);
    await harness.fetchAll();
    const items = await harness.exportJson();
    expect(items).toHaveLength(1);
    const [after] = items;
    expect(after?.id).toBe(before?.id);
    expect(after?._topicfeed.members.map((m) => m.source)).toEqual([
      'harbour-times',
      'daily-digest',
    ]);
    expect(after?.url).toBe(ORIGINAL.link);
    expect(after?.title).toBe(ORIGINAL.title);
    expect(after?.content_html).toContain('Also reported by');
    expect(after?.content_html).toContain(COPY.link);
    expect(Date.parse(after?.date_modified ?? '')).toBeGreaterThan(
      Date.parse(before?.date_modified ?? ''),
    );
    // The copy founded the story; the original joined it with the signals that matched.
    expect(after?._topicfeed.members[0]?.signals.length).toBeGreaterThan(0);
    expect(after?._topicfeed.members[1]?.signals).toEqual([]);
  });

  it('moves `updated` when a member joins, keeps the GUID, and keeps it over re-polls', async () => {
    const harness = createStoryHarness();
    harness.configure([harbour([ORIGINAL]), digest()]);
    await harness.fetchAll();
    const [first] = await harness.exportJson();
    expect(first?._topicfeed.members).toHaveLength(2);

    await harness.fetchAll();
    const [unchanged] = await harness.exportJson();
    expect(unchanged?.id).toBe(first?.id);
    expect(unchanged?.date_modified).toBe(first?.date_modified);

    harness.configure([harbour([ORIGINAL]), digest(), { id: 'coast-radio', items: [SECOND_COPY] }]);
    await harness.fetchAll();
    const [joined, ...rest] = await harness.exportJson();
    expect(rest).toHaveLength(0);
    expect(joined?.id).toBe(first?.id);
    expect(joined?._topicfeed.members.map((m) => m.source)).toEqual([
      'harbour-times',
      'daily-digest',
      'coast-radio',
    ]);
    expect(Date.parse(joined?.date_modified ?? '')).toBeGreaterThan(
      Date.parse(first?.date_modified ?? ''),
    );

    // The original's feed changes (a new, unrelated item): the story keeps its GUID.
    harness.configure([
      harbour([UNRELATED, ORIGINAL]),
      digest(),
      { id: 'coast-radio', items: [SECOND_COPY] },
    ]);
    await harness.fetchAll();
    const last = await harness.exportJson();
    expect(last).toHaveLength(2);
    const story = last.find((item) => item._topicfeed.members.length === 3);
    expect(story?.id).toBe(first?.id);
    const guids = harness.query<{ guid: string }>('SELECT guid FROM stories ORDER BY id');
    expect(guids.map((row) => row.guid)).toEqual([first?.id, last.find((i) => i !== story)?.id]);
  });

  it('makes a preferred source’s copy the representative, earlier original or not', async () => {
    const harness = createStoryHarness();
    harness.configure([harbour([ORIGINAL]), digest(true)]);
    await harness.fetchAll();
    const items = await harness.exportJson();
    expect(items).toHaveLength(1);
    expect(items[0]?._topicfeed.members.map((m) => m.source)).toEqual([
      'daily-digest',
      'harbour-times',
    ]);
    expect(items[0]?.url).toBe(COPY.link);
    expect(items[0]?.title).toBe(COPY.title);
  });
});
