import { describe, expect, it } from 'vitest';
import { renderFeed } from '../../src/renderer/render-feed.js';
import { checkJsonFeed } from './helpers/check-json-feed.js';
import { makeMeta, makeStories } from './helpers/make-stories.js';

type Json = Record<string, unknown>;
const render = (meta = makeMeta()) =>
  JSON.parse(renderFeed('json', makeStories(), meta)) as Json & { items: Json[] };

describe('JSON Feed 1.1', () => {
  it('satisfies the 1.1 rules (version, title, unique ids, content, RFC 3339, authors)', () => {
    expect(checkJsonFeed(render())).toEqual([]);
  });

  it('the checker is not a rubber stamp: it flags a 1.0 feed', () => {
    const old = {
      version: 'https://jsonfeed.org/version/1',
      title: 'x',
      author: { name: 'a' },
      items: [
        { id: '1', date_published: 'Mon, 01 Jan 2024' },
        { id: '1', content_text: '' },
      ],
    };
    expect(checkJsonFeed(old)).toEqual([
      'feed: unknown key "author" (1.0; use authors)',
      'version: not 1.1',
      'items[0]: needs content_html or content_text',
      'items[0].date_published: not RFC 3339',
      'items: ids are not unique',
    ]);
  });

  it('uses authors arrays, never the 1.0 author key', () => {
    const feed = render();
    expect(feed.author).toBeUndefined();
    expect(feed.authors).toEqual([{ name: 'topicfeed', url: 'http://feeds.test/' }]);
    expect(feed.items[0]?.authors).toEqual([{ name: 'Jane Doe' }]);
    expect(feed.items.every((item) => !('author' in item))).toBe(true);
  });

  it('links the next page and the hub', () => {
    const feed = render();
    expect(feed.next_url).toBe('http://feeds.test/feeds/belarus.json?limit=2&page=2');
    expect(feed.hubs).toEqual([{ type: 'WebSub', url: 'http://hub.test/' }]);
    expect(feed.feed_url).toBe('http://feeds.test/feeds/belarus.json?limit=2');
    const last = render(makeMeta({ nextUrls: undefined, websubHub: undefined }));
    expect(last.next_url).toBeUndefined();
    expect(last.hubs).toBeUndefined();
  });

  it('carries the _topicfeed extension with the representative first', () => {
    const ext = render().items[0]?._topicfeed as Json & { members: Json[] };
    expect(ext.story).toBe('urn:uuid:22222222-2222-5222-8222-222222222222');
    expect(ext.topics).toEqual(['belarus', 'political-prisoners']);
    expect(ext.members.map((m) => m.source)).toEqual(['minskledger', 'freedomwatch']);
    expect(ext.members[1]).toMatchObject({
      id: 'fw-991',
      score: 0.812,
      signals: ['quotes', 'names'],
    });
  });

  it('gives the item content_html ending with the other outlets, and omits empty tags', () => {
    const [first, second] = render().items;
    expect(first?.content_html).toMatch(/Also reported by:.*Freedom Watch &amp; Co/s);
    expect(first?.tags).toEqual(['belarus', 'political-prisoners']);
    expect(second?.tags).toBeUndefined();
    expect(second?.content_html).toBe('<p>Hot.</p>');
  });
});
