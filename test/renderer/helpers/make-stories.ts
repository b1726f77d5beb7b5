import type { StoryView } from '../../../src/model/index.js';
import type { FeedMeta } from '../../../src/renderer/build-feed.js';

/** Two stories: one carried by two outlets (with an author), one single-source. */
export function makeStories(): StoryView[] {
  return [
    {
      id: 2,
      guid: 'urn:uuid:22222222-2222-5222-8222-222222222222',
      createdAt: '2025-06-22T18:00:00.000Z',
      updatedAt: '2025-06-23T09:30:00.000Z',
      topics: ['belarus', 'political-prisoners'],
      members: [
        {
          entryId: 10,
          sourceId: 'minskledger',
          sourceTitle: 'The Minsk Ledger',
          guid: 'https://minskledger.example/2025/06/22/freed/',
          url: 'https://minskledger.example/2025/06/22/freed/',
          title: 'Tsikhanouski freed',
          publishedAt: '2025-06-22T17:04:56.000Z',
          score: 1,
          signals: [],
        },
        {
          entryId: 11,
          sourceId: 'freedomwatch',
          sourceTitle: 'Freedom Watch & Co',
          guid: 'fw-991',
          url: 'https://freedomwatch.example/a?b=1&c=2',
          title: 'Opposition figure released',
          publishedAt: '2025-06-23T09:30:00.000Z',
          score: 0.81234,
          signals: ['quotes', 'names'],
        },
      ],
      title: 'Tsikhanouski freed <after> 5 years',
      link: 'https://minskledger.example/2025/06/22/freed/',
      contentHtml: '<p>Siarhei Tsikhanouski was released.</p>',
      summary: 'Siarhei Tsikhanouski was released.',
      author: 'Jane Doe',
      language: 'en',
      publishedAt: '2025-06-22T17:04:56.000Z',
    },
    {
      id: 1,
      guid: 'urn:uuid:11111111-1111-5111-8111-111111111111',
      createdAt: '2025-06-21T08:00:00.000Z',
      updatedAt: '2025-06-21T08:00:00.000Z',
      topics: [],
      members: [
        {
          entryId: 5,
          sourceId: 'continental',
          sourceTitle: 'Continental Daily',
          url: 'https://continental.example/heat',
          title: 'Heatwave',
          publishedAt: '2025-06-21T07:00:00.000Z',
          score: 1,
          signals: [],
        },
      ],
      title: 'Heatwave',
      link: 'https://continental.example/heat',
      contentHtml: '',
      summary: 'Hot.',
      publishedAt: '2025-06-21T07:00:00.000Z',
    },
  ];
}

const BASE = 'http://feeds.test';

/** FeedMeta of page 1 of `belarus` with 2 stories a page, a next page and a hub. */
export function makeMeta(overrides: Partial<FeedMeta> = {}): FeedMeta {
  const urls = (query: string) => ({
    rss: `${BASE}/feeds/belarus.rss${query}`,
    atom: `${BASE}/feeds/belarus.atom${query}`,
    json: `${BASE}/feeds/belarus.json${query}`,
  });
  return {
    topicId: 'belarus',
    id: `${BASE}/feeds/belarus.atom`,
    title: 'Belarus — topicfeed',
    description: 'News about Belarus',
    homeUrl: `${BASE}/`,
    urls: urls('?limit=2'),
    nextUrls: urls('?limit=2&page=2'),
    websubHub: 'http://hub.test/',
    updated: new Date('2025-06-23T09:30:00.000Z'),
    extensionDocsUrl: `${BASE}/#topicfeed-extension`,
    generator: 'topicfeed test',
    ...overrides,
  };
}
