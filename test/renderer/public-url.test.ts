import { describe, expect, it } from 'vitest';
import { publicSourceUrl, redactUrls } from '../../src/renderer/public-url.js';
import { renderOpml } from '../../src/renderer/render-opml.js';
import { renderSourceRow } from '../../src/renderer/render-source-row.js';

const SECRET = 'https://alice:s3cret@feeds.example/news.rss?token=abc123#x';

describe('source URLs as the public sees them', () => {
  it('drop credentials, query and fragment; a file by its name alone', () => {
    expect(publicSourceUrl(SECRET)).toBe('https://feeds.example/news.rss');
    expect(publicSourceUrl('file:///home/ops/private/feeds/local.xml')).toBe('file:local.xml');
    expect(publicSourceUrl('not a url')).toBe('[url]');
  });

  it('URLs inside error text are redacted the same way', () => {
    const error = `fetcher: redirect to ${SECRET} refused; was http://bob:pw@intra.example:8080/x?k=v`;
    expect(redactUrls(error)).toBe(
      'fetcher: redirect to https://feeds.example/news.rss refused; was http://intra.example:8080/x',
    );
  });

  it('the index page row shows neither credentials, query nor the error text’s secrets', () => {
    const row = renderSourceRow(
      {
        id: 's',
        title: 'S',
        url: SECRET,
        consecutiveErrors: 1,
        entryCount: 0,
        lastAttemptAt: '2025-01-01T00:00:00Z',
        lastOutcome: 'error',
        lastError: `fetcher: HTTP 500 from ${SECRET}`,
        articleFetches: { ok: 0, failed: 1, lastError: `fetcher: ${SECRET}` },
      },
      new Date('2025-01-01T00:01:00Z'),
    );
    expect(row).toContain('https://feeds.example/news.rss');
    expect(row).not.toContain('s3cret');
    expect(row).not.toContain('alice');
    expect(row).not.toContain('token');
    const hidden = renderSourceRow(
      { id: 's', title: 'S', consecutiveErrors: 0, entryCount: 0 },
      new Date('2025-01-01T00:01:00Z'),
    );
    expect(hidden).not.toContain('class="url"');
  });

  it('OPML carries the public URL unless the operator asks for the full one', () => {
    const sources = [
      {
        id: 'a',
        url: SECRET,
        title: 'A',
        feedTitle: null,
        siteUrl: 'javascript:alert(1)',
        language: null,
      },
      {
        id: 'b',
        url: 'file:///srv/feeds/b.xml',
        title: 'B',
        feedTitle: null,
        siteUrl: null,
        language: null,
      },
    ];
    const now = new Date('2025-01-01T00:00:00Z');
    const opml = renderOpml(sources, now);
    expect(opml).toContain('xmlUrl="https://feeds.example/news.rss"');
    expect(opml).toContain('xmlUrl="file:b.xml"');
    expect(opml).not.toContain('s3cret');
    expect(opml).not.toContain('/srv/');
    expect(opml).not.toContain('javascript:');
    const full = renderOpml(sources, now, { full: true });
    expect(full).toContain('xmlUrl="https://alice:s3cret@feeds.example/news.rss?token=abc123#x"');
    expect(full).toContain('xmlUrl="file:///srv/feeds/b.xml"');
  });
});
