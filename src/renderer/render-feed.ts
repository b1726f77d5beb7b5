import type { StoryView } from '../model/index.js';
import { escapeHtml, xmlSafeText } from '../normalizer/index.js';
import { buildFeed, type FeedFormatName, type FeedMeta, isWebUrl } from './build-feed.js';
import { storyPageUrl } from './story-page-url.js';

const RENDERERS: Record<FeedFormatName, (stories: readonly StoryView[], meta: FeedMeta) => string> =
  {
    rss: renderRss,
    atom: renderAtom,
    json: renderJson,
  };

/**
 * One topic page in one format: story rows → feed text. Pure: no clock, no I/O. Characters XML
 * forbids are removed once more from the finished text, whatever the rows held.
 */
export function renderFeed(
  format: FeedFormatName,
  stories: readonly StoryView[],
  meta: FeedMeta,
): string {
  return xmlSafeText(RENDERERS[format](stories, meta), '');
}

/**
 * RSS 2.0: pubDate is the story's publication (a joining copy does not make it look new).
 * Item authors are `dc:creator`: RSS `<author>` must be an e-mail address, and we have names.
 */
function renderRss(stories: readonly StoryView[], meta: FeedMeta): string {
  const xml = buildFeed(stories, meta, (story) => story.publishedAt)
    .rss2()
    .replace(/<author>([^<]*)<\/author>/g, '<dc:creator>$1</dc:creator>');
  if (!meta.nextUrls) return xml;
  const next = `<atom:link href="${escapeHtml(meta.nextUrls.rss)}" rel="next" type="application/rss+xml"/>`;
  return xml.replace('</channel>', `    ${next}\n    </channel>`);
}

/** Atom 1.0: `updated` is the story's last change; copies appear as `related` links. */
function renderAtom(stories: readonly StoryView[], meta: FeedMeta): string {
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

function relatedLinks(story: StoryView): string {
  return story.members
    .slice(1)
    .filter((member) => isWebUrl(member.url))
    .map(
      (member) =>
        `\n        <link rel="related" href="${escapeHtml(member.url ?? '')}" title="${escapeHtml(member.sourceTitle)}"/>`,
    )
    .join('');
}

type JsonObject = Record<string, unknown>;

/** JSON Feed 1.1; each item carries the `_topicfeed` extension object of DESIGN.md. */
function renderJson(stories: readonly StoryView[], meta: FeedMeta): string {
  const { author, ...base } = JSON.parse(
    buildFeed(stories, meta, (story) => story.updatedAt).json1(),
  ) as JsonObject;
  const items = (base.items as JsonObject[]).map((item, index) =>
    upgradeJsonItem(item, stories[index] as StoryView, meta),
  );
  const feed: JsonObject = {
    ...base,
    version: 'https://jsonfeed.org/version/1.1',
    ...(author ? { authors: [author] } : {}),
    ...(meta.nextUrls ? { next_url: meta.nextUrls.json } : {}),
    ...(meta.websubHub ? { hubs: [{ type: 'WebSub', url: meta.websubHub }] } : {}),
    items,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Turns the `feed` package's JSON Feed 1.0 item into a complete JSON Feed 1.1 item with `_topicfeed`. */
function upgradeJsonItem(item: JsonObject, story: StoryView, meta: FeedMeta): JsonObject {
  const { author, tags, ...rest } = item;
  return {
    ...rest,
    ...(author ? { authors: [author] } : {}),
    ...(Array.isArray(tags) && tags.length > 0 ? { tags } : {}),
    ...(story.language ? { language: story.language } : {}),
    _topicfeed: topicfeedExtension(story, meta),
  };
}

function topicfeedExtension(story: StoryView, meta: FeedMeta): JsonObject {
  return {
    about: meta.extensionDocsUrl,
    story: story.guid,
    page: storyPageUrl(meta.homeUrl, story.id),
    topics: story.topics,
    members: story.members.map((member) => ({
      source: member.sourceId,
      id: member.guid ?? null,
      url: member.url ?? null,
      title: member.title,
      published: member.publishedAt,
      score: Math.round(member.score * 1000) / 1000,
      signals: member.signals,
      ...(member.unique ? { unique: member.unique } : {}),
    })),
    ...(story.shared ? { shared: story.shared } : {}),
  };
}
