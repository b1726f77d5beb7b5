import type { StoryView } from '../model/index.js';
import { escapeHtml } from '../normalizer/index.js';
import { buildFeed } from './build-feed.js';
import type { FeedMeta } from './feed-meta.js';

function relatedLinks(story: StoryView): string {
  return story.members
    .slice(1)
    .filter((member) => member.url && /^https?:\/\//i.test(member.url))
    .map(
      (member) =>
        `\n        <link rel="related" href="${escapeHtml(member.url ?? '')}" title="${escapeHtml(member.sourceTitle)}"/>`,
    )
    .join('');
}

/** Inserts each story's `related` member links right after that entry's id, entries in order. */
function addRelatedLinks(xml: string, stories: readonly StoryView[]): string {
  let out = '';
  let from = 0;
  for (const story of stories) {
    const marker = `<id>${escapeHtml(story.guid)}</id>`;
    const at = xml.indexOf(marker, from);
    if (at === -1) continue;
    const end = at + marker.length;
    out += xml.slice(from, end) + relatedLinks(story);
    from = end;
  }
  return out + xml.slice(from);
}

/** Atom 1.0: `updated` is the story's last change; copies appear as `related` links. */
export function renderAtom(stories: readonly StoryView[], meta: FeedMeta): string {
  const atom = buildFeed(stories, meta, (story) => story.updatedAt).atom1();
  // The package writes entry links without rel; say `alternate` out loud (feed links all have one).
  let xml = addRelatedLinks(
    atom.replace(/^(\s+)<link href="/gm, '$1<link rel="alternate" href="'),
    stories,
  );
  const alternate = `<link rel="alternate" href="${escapeHtml(meta.homeUrl)}"/>`;
  const next = meta.nextUrls
    ? `\n    <link rel="next" href="${escapeHtml(meta.nextUrls.atom)}"/>`
    : '';
  xml = xml.replace(`<link rel="alternate" href="${escapeHtml(meta.homeUrl)}"/>`, alternate + next);
  return xml;
}
