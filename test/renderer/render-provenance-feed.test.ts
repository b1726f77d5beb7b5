import { describe, expect, it } from 'vitest';
import type { StoryView } from '../../src/model/index.js';
import { renderFeed } from '../../src/renderer/render-feed.js';
import { makeMeta, makeStories } from './helpers/make-stories.js';

type Json = Record<string, unknown>;
const NONE = { quotes: [], names: [], numbers: [] };

/** The two-outlet story with provenance: the second outlet alone quotes and names a place. */
function storiesWithClaims(): StoryView[] {
  const [story, ...rest] = makeStories();
  if (story === undefined) throw new Error('no story');
  const [first, second] = story.members;
  if (first === undefined || second === undefined) throw new Error('no members');
  const unique = {
    quotes: [
      'With my release, I want <all> of you to see me as a symbol of the struggle against repression',
    ],
    names: ['Vilnius & Co'],
    numbers: ['47'],
  };
  return [
    {
      ...story,
      members: [
        { ...first, unique: NONE },
        { ...second, unique },
      ],
      shared: { quotes: [], names: ['Tsikhanouski'], numbers: ['5'] },
    },
    ...rest,
  ];
}

describe('provenance in the feeds', () => {
  it('JSON Feed: each member carries unique {quotes, names, numbers}, the item its page and shared claims', () => {
    const feed = JSON.parse(renderFeed('json', storiesWithClaims(), makeMeta())) as {
      items: Json[];
    };
    const ext = feed.items[0]?._topicfeed as Json & { members: Json[] };
    expect(ext.page).toBe('http://feeds.test/stories/2');
    expect(ext.members[0]?.unique).toEqual(NONE);
    expect(ext.members[1]?.unique).toMatchObject({ names: ['Vilnius & Co'], numbers: ['47'] });
    expect(ext.shared).toEqual({ quotes: [], names: ['Tsikhanouski'], numbers: ['5'] });
    // A story whose claims were never computed says nothing rather than "nothing unique".
    const plain = feed.items[1]?._topicfeed as Json & { members: Json[] };
    expect(plain.members[0]).not.toHaveProperty('unique');
    expect(plain.page).toBe('http://feeds.test/stories/1');
  });

  it('"Also reported by" says what only that outlet reports, short and escaped, in every format', () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      const text = renderFeed(format, storiesWithClaims(), makeMeta());
      const html =
        format === 'json'
          ? String((JSON.parse(text) as { items: Json[] }).items[0]?.content_html)
          : text;
      // RSS and Atom carry the item HTML in CDATA, JSON Feed in content_html: the same bytes.
      expect(html).toContain(
        'Opposition figure released — only here: a quote “With my release, I want &lt;all&gt; of you to see me as a symbol…”, Vilnius &amp; Co, 47',
      );
    }
  });

  it('adds nothing after an outlet with no unique claim', () => {
    const [story] = storiesWithClaims();
    if (story === undefined) throw new Error('no story');
    const quiet = {
      ...story,
      members: story.members.map((member) => ({ ...member, unique: NONE })),
    };
    const html = String(
      (JSON.parse(renderFeed('json', [quiet], makeMeta())) as { items: Json[] }).items[0]
        ?.content_html,
    );
    expect(html).toContain('Opposition figure released</li>');
    expect(html).not.toContain('only here');
  });
});
