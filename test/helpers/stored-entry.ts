import type { NormalizedEntry } from '../../src/model/index.js';

/** A minimal entry of source `src` as the store keeps it: key, title and text made from `key`. */
export function storedEntry(key: string, publishedAt: string): NormalizedEntry {
  return {
    sourceId: 'src',
    key,
    link: `https://example.org/${key}`,
    title: `Title ${key}`,
    contentHtml: `<p>${key}</p>`,
    text: key,
    summary: key,
    publishedAt,
    hasFeedDate: true,
    categories: [],
    contentHash: `h-${key}`,
    warnings: [],
  };
}
