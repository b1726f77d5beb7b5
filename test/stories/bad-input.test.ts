import { describe, expect, it } from 'vitest';
import { MAX_KEYS, restoreFingerprint } from '../../src/clusterer/index.js';
import { createStoryHarness, type FeedItem } from './story-harness.js';

/** One consonant per skeleton class, so different names keep different consonant skeletons. */
const CONSONANTS = ['p', 't', 'f', 'k', 'c', 's', 'l', 'm', 'n', 'r'];
const VOWELS = ['a', 'e', 'i', 'o'];

/** A made-up capitalised name unique to `n`: four syllables, no consonant twice in a row. */
function makeName(n: number): string {
  let word = '';
  let previous = -1;
  let rest = n;
  for (let position = 0; position < 4; position++) {
    const choices = CONSONANTS.map((_, k) => k).filter((k) => k !== previous);
    previous = choices[rest % 9] ?? 0;
    rest = Math.floor(rest / 9);
    word += `${CONSONANTS[previous]}${VOWELS[position]}`;
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function genericItem(i: number): FeedItem {
  const [a, b, c] = [makeName(i * 3), makeName(i * 3 + 1), makeName(i * 3 + 2)];
  return {
    guid: `g-${i}`,
    link: `https://busy-wire.example/update/${i}`,
    published: `2025-04-02T${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
    title: `Belarus update: ${a} opens ${b} centre`,
    text: `${a} from ${c} opened the ${b} centre in Belarus on Wednesday, officials said. It cost ${1000 + i * 7} roubles.`,
  };
}

describe('bad input through the pipeline', () => {
  it('places entries with no text, only a title, or thousands of paragraphs, with bounded keys', async () => {
    const harness = createStoryHarness();
    const paragraphs = Array.from(
      { length: 5000 },
      (_, i) =>
        `Paragraph ${i} of the endless report names ${makeName(i)} and the figure ${i * 13}.`,
    );
    harness.configure([
      {
        id: 'odd-feed',
        items: [
          {
            guid: 'no-text',
            link: 'https://odd.example/1',
            published: '2025-04-01T08:00:00Z',
            title: 'Untitled notice',
          },
          {
            guid: 'no-title-no-text',
            link: 'https://odd.example/2',
            published: '2025-04-01T09:00:00Z',
          },
          {
            guid: 'title-only',
            published: '2025-04-01T10:00:00Z',
            title: 'Breaking: Minsk airport closed',
          },
          {
            guid: 'huge',
            link: 'https://odd.example/4',
            published: '2025-04-01T11:00:00Z',
            title: 'Endless report',
            text: paragraphs.join('\n'),
          },
        ],
      },
    ]);
    const out = await harness.fetchAll();
    expect(out).toContain('new=4');
    const keys = harness
      .query<{ guid: string; features: string }>(
        'SELECT e.guid, f.features FROM entries e JOIN entry_fingerprints f ON f.entry_id = e.id',
      )
      .map((row) => ({
        guid: row.guid,
        keys: restoreFingerprint(JSON.parse(row.features))?.keys.length ?? -1,
      }));
    expect(keys.map((row) => row.guid).sort()).toEqual([
      'huge',
      'no-text',
      'no-title-no-text',
      'title-only',
    ]);
    for (const row of keys) expect(row.keys, row.guid).toBeLessThanOrEqual(MAX_KEYS);
    expect(keys.find((row) => row.guid === 'huge')?.keys).toBeGreaterThan(0);
    const stories = harness.query<{ n: number }>(
      'SELECT count(DISTINCT story_id) AS n FROM entries',
    );
    expect(stories[0]?.n).toBe(4);
  });

  it('keeps 300 distinct entries sharing common words as 300 stories', async () => {
    const harness = createStoryHarness();
    const items = Array.from({ length: 300 }, (_, i) => genericItem(i));
    harness.configure([
      { id: 'busy-wire', items: items.slice(0, 150) },
      {
        id: 'other-wire',
        items: items
          .slice(150)
          .map((item) => ({ ...item, link: item.link?.replace('busy', 'other') })),
      },
    ]);
    await harness.fetchAll();
    const sizes = harness.query<{ members: number }>(
      'SELECT count(*) AS members FROM entries GROUP BY story_id ORDER BY members DESC',
    );
    expect(sizes).toHaveLength(300);
    expect(sizes[0]?.members).toBe(1);
    // They do share evidence: the same place and the same words in every headline.
    const features = harness
      .query<{ features: string }>('SELECT features FROM entry_fingerprints')
      .map((row) => JSON.parse(row.features) as { titleCross: string[] });
    expect(features.filter((f) => f.titleCross.includes('c:belarus')).length).toBe(300);
  });
});
