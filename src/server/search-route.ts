import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CompiledTopic } from '../classifier/index.js';
import { compileQuery, QuerySyntaxError } from '../classifier/index.js';
import type { StoryView } from '../model/index.js';
import type { FeedFormatName } from '../renderer/index.js';
import { renderFeed } from '../renderer/index.js';
import { readStory } from '../store/index.js';
import { scanTopicMatches } from '../topics/index.js';
import { FEED_CONTENT_TYPES } from './feed-route.js';
import { createRepresentation, sendRepresentation } from './representation.js';
import { HttpError, parsePaging, type RequestTarget } from './request-target.js';
import type { ServerContext } from './start-server.js';

/** A search reads at most this many of the newest entries. */
const SEARCH_SCAN_LIMIT = 5_000;
const EPOCH = '1970-01-01T00:00:00.000Z';

/** `GET /search?q=…&format=rss|atom|json&limit=N&min_score=S`: an ad-hoc topic feed. */
export function handleSearchRoute(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: RequestTarget,
): void {
  const search = parseSearchRequest(url.searchParams);
  const topic = compileSearchTopic(search);
  const stories = findSearchStories(ctx, topic, search.limit);
  const updated = stories.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), EPOCH);
  const base = ctx.config().server.baseUrl;
  const text = renderFeed(search.format, stories, {
    topicId: 'search',
    id: searchId(base, search),
    title: `Search: ${search.query} — topicfeed`,
    description: `Stories matching ${search.query} among the ${SEARCH_SCAN_LIMIT} newest entries`,
    homeUrl: `${base}/`,
    urls: searchUrls(base, url.searchParams),
    updated: new Date(updated),
    extensionDocsUrl: `${base}/#topicfeed-extension`,
    generator: `topicfeed ${ctx.version}`,
  });
  const rep = createRepresentation(text, FEED_CONTENT_TYPES[search.format], new Date(updated));
  sendRepresentation(req, res, rep, 60);
}

/** What a search asks for, from its query string. */
interface SearchRequest {
  query: string;
  format: FeedFormatName;
  limit: number;
  minScore: number;
}

/** `?q=…&format=…&limit=N&min_score=S`; a missing query or a bad value is a 400. */
function parseSearchRequest(params: URLSearchParams): SearchRequest {
  const query = params.get('q') ?? '';
  if (query.trim() === '') throw new HttpError(400, 'search: give a query: /search?q=belarus*');
  const format = params.get('format') ?? 'rss';
  if (format !== 'rss' && format !== 'atom' && format !== 'json')
    throw new HttpError(400, 'search: unknown format (rss, atom or json)');
  const minText = params.get('min_score') ?? '0';
  if (!/^\d{1,3}(\.\d+)?$/.test(minText))
    throw new HttpError(400, 'search: min_score must be a number ≥ 0');
  return { query, format, limit: parsePaging(params).limit, minScore: Number(minText) };
}

function compileSearchTopic(search: SearchRequest): CompiledTopic {
  try {
    return {
      id: 'search',
      query: compileQuery(search.query),
      minScore: search.minScore,
      watchlist: [],
    };
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    throw new HttpError(400, `search: ${error.message} (at character ${error.offset + 1})`);
  }
}

/** The matching stories, newest first: a story matches when one of its scanned members does. */
function findSearchStories(ctx: ServerContext, topic: CompiledTopic, limit: number): StoryView[] {
  const scan = scanTopicMatches(ctx.db, topic, SEARCH_SCAN_LIMIT);
  const dates = new Map<number, string>();
  for (const { entry } of scan.matches) dates.set(entry.storyId, entry.storyPublishedAt);
  const ids = [...dates.entries()]
    .sort(([a, da], [b, db]) => db.localeCompare(da) || b - a)
    .slice(0, limit)
    .map(([id]) => id);
  return ids.flatMap((id) => readStory(ctx.db, id) ?? []);
}

function searchUrls(baseUrl: string, params: URLSearchParams): Record<FeedFormatName, string> {
  const url = (format: FeedFormatName) => {
    const copy = new URLSearchParams(params);
    copy.set('format', format);
    return `${baseUrl}/search?${copy.toString()}`;
  };
  return { rss: url('rss'), atom: url('atom'), json: url('json') };
}

/** The search feed's stable identity: its query and threshold, whatever the format or page. */
function searchId(baseUrl: string, search: SearchRequest): string {
  const params = new URLSearchParams({ q: search.query, min_score: String(search.minScore) });
  return `${baseUrl}/search?${params.toString()}`;
}
