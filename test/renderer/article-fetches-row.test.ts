import { describe, expect, it } from 'vitest';
import { type IndexSource, renderSourceRow } from '../../src/renderer/render-source-row.js';

const NOW = new Date('2025-07-01T12:00:00Z');
const source = (over: Partial<IndexSource>): IndexSource => ({
  id: 'digest',
  title: 'Digest',
  url: 'https://digest.example/feed',
  consecutiveErrors: 0,
  entryCount: 12,
  lastAttemptAt: '2025-07-01T11:57:00Z',
  lastOutcome: 'new',
  ...over,
});

describe('the article fetches of a full-text source on the index page', () => {
  it('counts them under the entries, the latest failure in the title', () => {
    const row = renderSourceRow(
      source({
        articleFetches: { ok: 10, failed: 2, lastError: 'fetcher: HTTP 404 from https://x/<a>"' },
      }),
      NOW,
    );
    expect(row).toContain(
      '<small class="articles" title="last failure: fetcher: HTTP 404 from https://x/&lt;a&gt;&quot;">article fetches: 10 ok, 2 failed</small>',
    );
  });

  it('shows nothing for a source without full_text', () => {
    expect(renderSourceRow(source({}), NOW)).not.toContain('article fetches');
  });
});
