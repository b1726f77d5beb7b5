import { describe, expect, it } from 'vitest';
import {
  DORIN_FOLLOW_UP,
  STRIKE_ORIGINAL,
  STRIKE_REWRITE,
  TRIAL_JOURNALIST,
} from './made-up-news.js';
import { createStoryHarness } from './story-harness.js';

/** An impossible date: the normalizer falls back to the fetch time (months after the story). */
const BROKEN_DATE = 'Mon, 31 Jun 2025 14:20:00 +0000';

describe('entries whose feed gives no usable date', () => {
  it('join their story on strong signals although their fetch-time date is outside the window', async () => {
    const harness = createStoryHarness();
    harness.configure([
      {
        id: 'harbour-times',
        items: [
          {
            guid: 'h-1',
            link: 'https://harbour-times.example/strike',
            published: '2025-03-10T07:00:00Z',
            ...STRIKE_ORIGINAL,
          },
        ],
      },
    ]);
    await harness.fetchAll();
    harness.configure([
      {
        id: 'harbour-times',
        items: [
          {
            guid: 'h-1',
            link: 'https://harbour-times.example/strike',
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
            link: 'https://daily-digest.example/strike',
            published: '2025-03-10T07:00:00Z',
            rawPubDate: BROKEN_DATE,
            ...STRIKE_REWRITE,
          },
        ],
      },
    ]);
    await harness.fetchAll();
    const undated = harness.query<{ has_feed_date: number; published_at: string }>(
      "SELECT has_feed_date, published_at FROM entries WHERE source_id = 'daily-digest'",
    );
    expect(undated[0]?.has_feed_date).toBe(0);
    expect(undated[0]?.published_at.startsWith('2025-03')).toBe(false);
    const items = await harness.exportJson();
    expect(items).toHaveLength(1);
    expect(items[0]?._topicfeed.members.map((m) => m.source)).toEqual([
      'harbour-times',
      'daily-digest',
    ]);
  });

  it('stay apart on the weaker evidence of a follow-up about the same person', async () => {
    const harness = createStoryHarness();
    harness.configure([
      {
        id: 'verensk-herald',
        items: [
          {
            guid: 'vh-1',
            link: 'https://verensk-herald.example/dorin-jailed',
            published: '2025-05-15T09:00:00Z',
            ...TRIAL_JOURNALIST,
          },
        ],
      },
    ]);
    await harness.fetchAll();
    harness.configure([
      {
        id: 'verensk-herald',
        items: [
          {
            guid: 'vh-1',
            link: 'https://verensk-herald.example/dorin-jailed',
            published: '2025-05-15T09:00:00Z',
            ...TRIAL_JOURNALIST,
          },
        ],
      },
      {
        id: 'press-review',
        items: [
          {
            guid: 'pr-2',
            link: 'https://press-review.example/dorin-colony',
            published: '2025-05-15T09:00:00Z',
            rawPubDate: BROKEN_DATE,
            ...DORIN_FOLLOW_UP,
          },
        ],
      },
    ]);
    await harness.fetchAll();
    const items = await harness.exportJson();
    expect(items.map((item) => item._topicfeed.members.length)).toEqual([1, 1]);
  });
});
