import type { StoryView } from '../model/index.js';
import type { FeedFormatName, FeedMeta } from './feed-meta.js';
import { renderAtom } from './render-atom.js';
import { renderJson } from './render-json.js';
import { renderRss } from './render-rss.js';

const RENDERERS: Record<FeedFormatName, (stories: readonly StoryView[], meta: FeedMeta) => string> =
  {
    rss: renderRss,
    atom: renderAtom,
    json: renderJson,
  };

/** One topic page in one format: story rows → feed text. Pure: no clock, no I/O. */
export function renderFeed(
  format: FeedFormatName,
  stories: readonly StoryView[],
  meta: FeedMeta,
): string {
  return RENDERERS[format](stories, meta);
}
