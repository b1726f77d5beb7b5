import { describe, expect, it } from 'vitest';
import { renderIndexPage } from '../../src/renderer/render-index-page.js';
import type { IndexSource } from '../../src/renderer/render-source-row.js';

const NOW = new Date('2025-07-01T12:00:00Z');
const urls = (id: string) => ({
  rss: `http://t.test/feeds/${id}.rss`,
  atom: `http://t.test/feeds/${id}.atom`,
  json: `http://t.test/feeds/${id}.json`,
});
const source = (over: Partial<IndexSource>): IndexSource => ({
  id: 'a',
  title: 'A',
  url: 'https://a.example/feed',
  consecutiveErrors: 0,
  entryCount: 0,
  ...over,
});
const SOURCES = [
  source({
    id: 'healthy',
    title: 'Healthy <One>',
    lastAttemptAt: '2025-07-01T11:57:00Z',
    lastOutcome: 'new',
    lastStatus: 200,
    nextPollAt: '2025-07-01T12:25:00Z',
    entryCount: 42,
  }),
  source({
    id: 'broken',
    title: 'Broken',
    lastAttemptAt: '2025-07-01T11:50:00Z',
    lastOutcome: 'error',
    lastStatus: 503,
    lastError: 'fetcher: HTTP 503',
    consecutiveErrors: 4,
    lastSuccessAt: '2025-06-30T12:00:00Z',
  }),
  source({
    id: 'gone',
    title: 'Gone',
    lastOutcome: 'error',
    lastAttemptAt: '2025-06-01T00:00:00Z',
    disabledReason: 'HTTP 410 Gone',
  }),
  source({ id: 'new', title: 'New' }),
];
const page = renderIndexPage(
  'topicfeed',
  [
    {
      id: 'belarus',
      title: 'Belarus',
      description: 'About Belarus & more',
      storyCount: 7,
      urls: urls('belarus'),
    },
  ],
  SOURCES,
  NOW,
);

describe('index page', () => {
  it('lists each topic with description, story count and subscribe links', () => {
    expect(page).toContain('About Belarus &amp; more');
    expect(page).toContain('7 stories');
    for (const href of Object.values(urls('belarus'))) expect(page).toContain(`href="${href}"`);
  });

  it('has autodiscovery links for every format', () => {
    expect(page).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Belarus (RSS)" href="http://t.test/feeds/belarus.rss">',
    );
    expect(page).toContain('type="application/atom+xml"');
    expect(page).toContain('type="application/feed+json"');
  });

  it('marks failing and disabled sources and puts them first', () => {
    const rows = [...page.matchAll(/<tr class="(\w+)">.*?<code>([\w-]+)<\/code>/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    expect(rows).toEqual(['failing:broken', 'disabled:gone', 'pending:new', 'ok:healthy']);
    expect(page).toContain('failing (4× in a row)');
    expect(page).toContain('disabled: HTTP 410 Gone');
    expect(page).toContain('1 failing, 1 disabled, of 4 sources.');
  });

  it('shows each source title, URL, health, error, polls and entries, escaped', () => {
    expect(page).toContain('Healthy &lt;One&gt;');
    expect(page).toContain('href="https://a.example/feed"');
    expect(page).toContain('fetcher: HTTP 503');
    expect(page).toMatch(/title="2025-07-01 11:57 UTC">3 min ago<\/time> <small>HTTP 200/);
    expect(page).toContain('>in 25 min</time>');
    expect(page).toContain(
      'last success <time datetime="2025-06-30T12:00:00.000Z" title="2025-06-30 12:00 UTC">1 d ago</time>',
    );
    expect(page).toContain('<td>42</td>');
    expect(page).not.toContain('<script');
  });
});
