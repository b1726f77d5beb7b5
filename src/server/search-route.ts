import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CompiledQuery, compileQuery, QuerySyntaxError } from '../classifier/index.js';
import type { StoryView } from '../model/index.js';
import type { FeedFormatName } from '../renderer/index.js';
import { renderFeed } from '../renderer/index.js';
import { createSqliteSearchStore } from '../store/index.js';
import { FEED_CONTENT_TYPES } from './feed-route.js';
import { MAX_SEARCH_COST, searchQueryCost } from './fts-query.js';
import { createRepresentation, sendRepresentation } from './representation.js';
import { HttpError, parsePaging, type RequestTarget } from './request-target.js';
import { runSearch, type SearchJob, type SearchResult } from './run-search.js';
import { SearchRefused } from './search-pool.js';
import type { ServerContext } from './start-server.js';
import { storiesOf } from './store-readers.js';

const EPOCH = '1970-01-01T00:00:00.000Z';
/** Seconds a refused search is told to wait: every worker busy, or past the deadline. */
const RETRY_BUSY_SECONDS = '5';
const RETRY_TIMEOUT_SECONDS = '30';

/**
 * `GET /search?q=…&format=rss|atom|json&limit=N&min_score=S`: an ad-hoc topic feed. The query is
 * checked here (syntax, cost); the search runs in a worker (SearchPool) on SQLite, on the shared
 * store (SharedSearch) on PostgreSQL: 429 when too many run at once, 503 past the deadline, both
 * with Retry-After; 404 when `server.search` is off.
 */
export async function handleSearchRoute(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: RequestTarget,
): Promise<void> {
  const config = ctx.config();
  if (!config.server.search.enabled) throw new HttpError(404, 'not found');
  const search = parseSearchRequest(url.searchParams);
  checkQuery(search.query);
  const job: SearchJob = { query: search.query, minScore: search.minScore, limit: search.limit };
  const result = await runOffThread(ctx, job);
  const reader = storiesOf(ctx);
  const found = await Promise.all(result.stories.map(({ id }) => reader.readStory(id)));
  const stories = found.filter((story): story is StoryView => story !== undefined);
  const updated = stories.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), EPOCH);
  const base = config.server.baseUrl;
  const text = renderFeed(search.format, stories, {
    topicId: 'search',
    id: searchId(base, search),
    title: `Search: ${search.query} — topicfeed`,
    description: `Stories matching ${search.query}`,
    homeUrl: `${base}/`,
    urls: searchUrls(base, url.searchParams),
    updated: new Date(updated),
    extensionDocsUrl: `${base}/#topicfeed-extension`,
    generator: `topicfeed ${ctx.version}`,
  });
  const rep = createRepresentation(text, FEED_CONTENT_TYPES[search.format], new Date(updated));
  sendRepresentation(req, res, rep, 60);
}

/**
 * The search in the pool's workers (SQLite; on this thread only for an in-memory database) or on
 * the shared PostgreSQL store, within the same limits.
 */
async function runOffThread(ctx: ServerContext, job: SearchJob): Promise<SearchResult> {
  if (!ctx.searchPool) return runSearch(createSqliteSearchStore(ctx.db), job);
  try {
    return await ctx.searchPool.run(job);
  } catch (error) {
    if (!(error instanceof SearchRefused)) throw error;
    if (error.reason === 'busy') {
      throw new HttpError(429, 'search: too many searches at once; retry later', {
        'Retry-After': RETRY_BUSY_SECONDS,
      });
    }
    ctx.logger.warn({ query: job.query }, 'search exceeded its deadline');
    throw new HttpError(503, 'search: took too long; retry later or narrow the query', {
      'Retry-After': RETRY_TIMEOUT_SECONDS,
    });
  }
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

/** The query compiles and its cost (words × NEAR distances) is within the budget; else 400. */
function checkQuery(source: string): void {
  let query: CompiledQuery;
  try {
    query = compileQuery(source);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    throw new HttpError(400, `search: ${error.message} (at character ${error.offset + 1})`);
  }
  const cost = searchQueryCost(query.root);
  if (cost > MAX_SEARCH_COST) {
    throw new HttpError(
      400,
      `search: query too costly (${cost} > ${MAX_SEARCH_COST}: fewer terms, shorter prefixes or smaller NEAR distances)`,
    );
  }
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
