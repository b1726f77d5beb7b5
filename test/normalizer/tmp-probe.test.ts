import { it } from 'vitest';
import { normalizeItem } from '../../src/normalizer/normalize-item.js';
import { readNewsroomItems } from './helpers/read-newsroom-items.js';
it('probe', async () => {
  const inputs = await readNewsroomItems();
  const counts: Record<string, number> = {};
  for (const { file, feedUrl, feedLink, item } of inputs) {
    counts[file] = (counts[file] ?? 0) + 1;
    const e = normalizeItem(item, { sourceId: file, feedUrl, feedLink, now: new Date('2025-07-20T00:00:00Z') });
    const raw = (item.contentHtml ?? item.summaryHtml ?? '');
    if (/tikhanovsky-freed|Tikhanovsky|script|javascript|onerror|pension/i.test(raw + (item.title ?? '')) && /digesthub|freedomwatch|minskledger|balticbrief/.test(file))
      console.log('=====', file, e.key, e.language, e.publishedAt, e.hasFeedDate, e.warnings, '\nTITLE', e.title, '\nLINK', e.link, e.url, '\nHTML', e.contentHtml.slice(0, 700), '\nSUMMARY', e.summary);
  }
  console.log(counts);
});
