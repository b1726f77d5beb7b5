import { describe, expect, it } from 'vitest';
import {
  DORIN_FOLLOW_UP,
  TRIAL_JOURNALIST,
  TRIAL_JOURNALIST_COPY,
  TRIAL_TEACHER,
  VERDICT_REACTION,
} from './made-up-news.js';
import { createStoryHarness } from './story-harness.js';

const DAY = '2025-05-15T';

describe('hard negatives through the pipeline', () => {
  it('keeps two trials on one day, an official reaction and a follow-up a week later apart, while the true copy joins', async () => {
    const harness = createStoryHarness();
    harness.configure([
      {
        id: 'verensk-herald',
        items: [
          {
            guid: 'vh-1',
            link: 'https://verensk-herald.example/dorin-jailed',
            published: `${DAY}09:00:00Z`,
            ...TRIAL_JOURNALIST,
          },
          {
            guid: 'vh-2',
            link: 'https://verensk-herald.example/dorin-colony',
            published: '2025-05-23T10:00:00Z',
            ...DORIN_FOLLOW_UP,
          },
        ],
      },
      {
        id: 'regional-wire',
        items: [
          {
            guid: 'rw-1',
            link: 'https://regional-wire.example/sarvik',
            published: `${DAY}10:30:00Z`,
            ...TRIAL_TEACHER,
          },
          {
            guid: 'rw-2',
            link: 'https://regional-wire.example/ostrov',
            published: `${DAY}16:00:00Z`,
            ...VERDICT_REACTION,
          },
        ],
      },
      {
        id: 'press-review',
        items: [
          {
            guid: 'pr-1',
            link: 'https://press-review.example/dorin',
            published: `${DAY}12:00:00Z`,
            ...TRIAL_JOURNALIST_COPY,
          },
        ],
      },
    ]);
    await harness.fetchAll();
    const items = await harness.exportJson();
    const byMembers = items.map((item) =>
      item._topicfeed.members
        .map((m) => m.id)
        .sort()
        .join(' '),
    );
    expect(byMembers.sort()).toEqual(['pr-1 vh-1', 'rw-1', 'rw-2', 'vh-2']);
    const trial = items.find((item) => item._topicfeed.members.length === 2);
    expect(trial?._topicfeed.members[0]?.id).toBe('vh-1');
  });
});
