import { describe, expect, it } from 'vitest';
import { renderFeed } from '../../src/renderer/render-feed.js';
import { renderIndexPage } from '../../src/renderer/render-index-page.js';
import { renderOpml } from '../../src/renderer/render-opml.js';
import { parseStrictXml, XML_ILLEGAL_CHAR } from '../helpers/strict-xml.js';
import { makeMeta, makeStories } from './helpers/make-stories.js';

const HOSTILE = 'bad\u0001\u000B\uFFFE\uFFFF\uD800 text';

function hostileStories() {
  return makeStories().map((story) => ({
    ...story,
    title: `${story.title} ${HOSTILE}`,
    members: story.members.map((m) => ({ ...m, title: HOSTILE, sourceTitle: HOSTILE })),
  }));
}

describe('every renderer removes XML-illegal characters from what it writes', () => {
  it('RSS and Atom parse with a strict XML reader; JSON holds none either', () => {
    for (const format of ['rss', 'atom'] as const) {
      const text = renderFeed(format, hostileStories(), makeMeta({ title: HOSTILE }));
      expect(text).not.toMatch(XML_ILLEGAL_CHAR);
      expect(parseStrictXml(text)).toBe('ok');
    }
    const json = renderFeed('json', hostileStories(), makeMeta({ title: HOSTILE }));
    expect(json).not.toMatch(XML_ILLEGAL_CHAR);
  });

  it('OPML parses with a strict XML reader', () => {
    const opml = renderOpml(
      [
        {
          id: 's',
          url: 'https://a.example/f',
          title: null,
          feedTitle: HOSTILE,
          siteUrl: null,
          language: null,
        },
      ],
      new Date('2025-01-01T00:00:00Z'),
    );
    expect(opml).not.toMatch(XML_ILLEGAL_CHAR);
    expect(parseStrictXml(opml)).toBe('ok');
  });

  it('the index page holds none', () => {
    const html = renderIndexPage(
      HOSTILE,
      [],
      [
        {
          id: 's',
          title: HOSTILE,
          url: 'https://a.example/f',
          consecutiveErrors: 0,
          entryCount: 0,
          lastError: HOSTILE,
        },
      ],
      new Date('2025-01-01T00:00:00Z'),
    );
    expect(html).not.toMatch(XML_ILLEGAL_CHAR);
  });
});
