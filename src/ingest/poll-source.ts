import type { Logger } from 'pino';
import type { StoryIndex } from '../clusterer/index.js';
import type { Config } from '../config/index.js';
import type { FetchOptions } from '../fetcher/index.js';
import { decodeFeedBytes, type FetchedFeed, fetchFeed } from '../fetcher/index.js';
import type { NormalizedEntry, ParsedFeed, ParsedItem, PollOutcome } from '../model/index.js';
import type { NormalizeContext } from '../normalizer/index.js';
import { normalizeItem } from '../normalizer/index.js';
import type {
  IngestStore,
  IngestWriter,
  PollStateUpdate,
  SourceRow,
  SourceStore,
} from '../store/index.js';
import type { EntryPreparation } from '../worker/index.js';
import type { ArticleReader } from './article-reader.js';
import { type IngestCounts, ingestEntries, pruneSource } from './ingest-entries.js';
import { catchUpStoryWindow, RECENT_ENTRIES } from './load-story-window.js';
import { failureState, skipReason, successState } from './poll-state.js';
import { type ArticleStep, readSourceArticles } from './read-articles.js';
import { refreshClaimsAfterPoll } from './refresh-claims-after-poll.js';

/** A feed's entries, and what the parse job prepared for them (see ParsePool.parseEntries). */
interface ParsedEntries {
  feed: ParsedFeed;
  entries: NormalizedEntry[];
  preparations?: WeakMap<NormalizedEntry, EntryPreparation>;
}

/** Everything a poll needs, built once by the composition root and passed down. */
export interface PollDeps {
  /** The store the poll reads and writes (SQLite or PostgreSQL); a poll's writes are one transaction. */
  store: IngestStore;
  /** The sources' rows: the scheduler and `fetch` lease them here and release them after a poll. */
  sources: SourceStore;
  /** This poller's name on its leases (host:pid:random). */
  pollerId: string;
  config: Config;
  /** The clusterer's in-memory story window (loadStoryWindow), fed on every insert. */
  storyIndex: StoryIndex;
  logger: Logger;
  fetchOptions: FetchOptions;
  /** Text → ParsedFeed; the daemon runs it in a worker pool, tests may call parseFeed directly. */
  parse: (text: string) => Promise<ParsedFeed>;
  /** normalizeItem over a feed's items, in the same pool; absent: on the calling thread. */
  normalize?: (
    items: readonly ParsedItem[],
    context: NormalizeContext,
  ) => Promise<NormalizedEntry[]>;
  /**
   * Decode, parse and normalize as one worker job on the fetched bytes (transferred: the main
   * thread never holds the feed's text; the parsed items never cross threads); when present it is
   * used instead of `parse` and `normalize`.
   */
  parseEntries?: (
    body: { bytes: Uint8Array; contentType?: string },
    context: Omit<NormalizeContext, 'feedLink'>,
  ) => Promise<ParsedEntries>;
  /** Fetches and extracts article pages for `full_text` sources; absent: none is fetched. */
  articles?: ArticleReader;
  now: () => Date;
  random: () => number;
  /** Told which topics changed after a poll that stored something. */
  onTopicsChanged?: (topics: ReadonlySet<string>) => void;
  onPolled?: (outcome: PollOutcome) => void;
}

/**
 * Polls one source: fetch → parse → normalize → articles (full_text sources) → store (cluster,
 * classify). The one place that knows the order; it catches the source's failure, records it on
 * the source row and returns.
 */
export async function pollSource(source: SourceRow, deps: PollDeps): Promise<PollOutcome> {
  const started = deps.now();
  const elapsed = () => deps.now().getTime() - started.getTime();
  const outcome = (
    kind: PollOutcome['outcome'],
    extra: Partial<PollOutcome> = {},
  ): PollOutcome => ({
    sourceId: source.id,
    outcome: kind,
    newEntries: 0,
    updatedEntries: 0,
    durationMs: elapsed(),
    ...extra,
  });
  const skip = skipReason(source, started);
  if (skip) return outcome('skipped', { error: skip, nextPollAt: source.nextPollAt ?? undefined });
  try {
    const request = {
      url: source.url,
      etag: source.etag ?? undefined,
      lastModified: source.lastModified ?? undefined,
      previousBodyHash: source.bodyHash ?? undefined,
    };
    const fetched = await fetchFeed(request, deps.fetchOptions);
    const timing = { now: deps.now(), durationMs: elapsed(), random: deps.random };
    if (fetched.kind === 'not-modified' || fetched.unchanged) {
      const state = successState(source, fetched, timing);
      await deps.store.recordPoll(source.id, {
        ...state,
        lastOutcome: 'not-modified',
        lastNewEntries: 0,
        lastUpdatedEntries: 0,
      });
      const nextPollAt = state.nextPollAt ?? undefined;
      return outcome('not-modified', { httpStatus: fetched.status, nextPollAt });
    }
    const { feed, entries, preparations } = await parseEntries(fetched, source, deps, timing.now);
    // An entry given an article's text is a new object: not in `preparations`, prepared again.
    const articles = await readSourceArticles(source.id, entries, deps);
    const state = successState(source, fetched, timing, feed.ttlMinutes);
    const counts = await deps.store.write(async (writer) => {
      // Outside track(): what other pollers stored stays in the window if this poll rolls back.
      await catchUpStoryWindow(writer, deps.storyIndex);
      return deps.storyIndex.track(() =>
        storeFeed(writer, deps, source, { feed, articles, preparations }, state, timing.now),
      );
    });
    // Provenance after the commit, in short transactions of its own (the write lock is free
    // between them); cached feeds and pages are invalidated once, when the claims are stored too.
    await refreshClaimsAfterPoll(deps.store, counts.staleClaims, timing.now, {
      readings: counts.readings,
      readingsWindow: { windowMs: deps.config.stories.windowMs, recent: RECENT_ENTRIES },
      onError: (storyId, error) =>
        deps.logger.warn(
          { source_id: source.id, story: storyId, err: error },
          'provenance: story claims could not be computed',
        ),
    });
    if (counts.changedTopics.size > 0) deps.onTopicsChanged?.(counts.changedTopics);
    deps.logger.info(
      {
        source_id: source.id,
        status: fetched.status,
        new_entries: counts.newEntries,
        updated_entries: counts.updatedEntries,
        warnings: feed.warnings.length,
        article_fetches: articles.fetches.length,
        duration_ms: elapsed(),
      },
      'source polled',
    );
    const { newEntries, updatedEntries } = counts;
    const nextPollAt = state.nextPollAt ?? undefined;
    return outcome('new', { httpStatus: fetched.status, newEntries, updatedEntries, nextPollAt });
  } catch (error) {
    const state = await recordFailure(source, error, deps, elapsed);
    return outcome('error', {
      httpStatus: state.lastStatus ?? undefined,
      error: state.lastError ?? undefined,
      nextPollAt: state.nextPollAt ?? undefined,
    });
  }
}

/**
 * The store step, in the poll's one transaction: entries, their article fetches, then retention,
 * then the source's row.
 */
async function storeFeed(
  writer: IngestWriter,
  deps: PollDeps,
  source: SourceRow,
  parsed: { feed: ParsedFeed; articles: ArticleStep; preparations?: ParsedEntries['preparations'] },
  state: PollStateUpdate,
  now: Date,
): Promise<IngestCounts> {
  const { feed, articles, preparations } = parsed;
  const ingested = await ingestEntries(
    writer,
    deps.config,
    deps.storyIndex,
    articles.entries,
    now,
    { deferClaims: true, ...(preparations ? { preparations } : {}) },
  );
  await writer.saveArticleFetches(source.id, articles.fetches, now);
  const pruned = await pruneSource(writer, deps.config, deps.storyIndex, source.id, now);
  for (const topic of pruned) ingested.changedTopics.add(topic);
  await writer.recordPoll(source.id, {
    ...state,
    feedTitle: feed.title ?? null,
    siteUrl: feed.link ?? null,
    lastOutcome: 'new',
    lastNewEntries: ingested.newEntries,
    lastUpdatedEntries: ingested.updatedEntries,
  });
  return ingested;
}

/**
 * The feed and its normalized entries: one worker job on the fetched bytes when the deps offer it
 * (the bytes are handed over: `fetched.bytes` is detached afterwards), else decode here and two
 * steps.
 */
async function parseEntries(
  fetched: FetchedFeed,
  source: SourceRow,
  deps: PollDeps,
  now: Date,
): Promise<ParsedEntries> {
  const feedUrl = fetched.finalUrl;
  const base = { sourceId: source.id, feedUrl, languageHint: source.language ?? undefined };
  const body = { bytes: fetched.bytes, contentType: fetched.contentType };
  if (deps.parseEntries) return deps.parseEntries(body, { ...base, now });
  const feed = await deps.parse(decodeFeedBytes(body.bytes, body.contentType).text);
  const context = { ...base, feedLink: feed.link, now };
  const entries = deps.normalize
    ? await deps.normalize(feed.items, context)
    : feed.items.map((item) => normalizeItem(item, context));
  return { feed, entries };
}

/** Records a failed poll on the source's row (a failure to record is logged, not thrown). */
async function recordFailure(
  source: SourceRow,
  error: unknown,
  deps: PollDeps,
  elapsed: () => number,
): Promise<PollStateUpdate> {
  const state = failureState(source, error, {
    now: deps.now(),
    durationMs: elapsed(),
    random: deps.random,
  });
  try {
    await deps.store.recordPoll(source.id, state);
  } catch (recordError) {
    deps.logger.error({ source_id: source.id, err: recordError }, 'poll failure not recorded');
  }
  deps.logger.warn(
    {
      source_id: source.id,
      status: state.lastStatus,
      err: state.lastError,
      duration_ms: elapsed(),
    },
    'source failed',
  );
  return state;
}
