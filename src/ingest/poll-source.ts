import { fetchFeed } from '../fetcher/index.js';
import type { PollOutcome } from '../model/index.js';
import { normalizeItem } from '../normalizer/index.js';
import type { SourceRow } from '../store/index.js';
import { recordPoll, runTransaction } from '../store/index.js';
import { ingestEntries, pruneSource } from './ingest-entries.js';
import type { PollDeps } from './poll-deps.js';
import { failureState, skipReason, successState } from './poll-state.js';

/**
 * Polls one source: fetch → parse → normalize → store (cluster, classify). The one place that
 * knows the order; it catches the source's failure, records it on the source row and returns.
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
      await deps.writeLock.run(() =>
        recordPoll(deps.db, source.id, {
          ...state,
          lastOutcome: 'not-modified',
          lastNewEntries: 0,
          lastUpdatedEntries: 0,
        }),
      );
      return outcome('not-modified', {
        httpStatus: fetched.status,
        nextPollAt: state.nextPollAt ?? undefined,
      });
    }
    const feed = await deps.parse(fetched.text);
    const context = {
      sourceId: source.id,
      feedUrl: fetched.finalUrl,
      feedLink: feed.link,
      languageHint: source.language ?? undefined,
      now: timing.now,
    };
    const entries = deps.normalize
      ? await deps.normalize(feed.items, context)
      : feed.items.map((item) => normalizeItem(item, context));
    const state = successState(source, fetched, timing, feed.ttlMinutes);
    const counts = await deps.writeLock.run(() =>
      runTransaction(deps.db, async () => {
        const ingested = await ingestEntries(deps.db, deps.config, entries, timing.now);
        for (const topic of pruneSource(deps.db, deps.config, source.id, timing.now))
          ingested.changedTopics.add(topic);
        recordPoll(deps.db, source.id, {
          ...state,
          feedTitle: feed.title ?? null,
          siteUrl: feed.link ?? null,
          lastOutcome: 'new',
          lastNewEntries: ingested.newEntries,
          lastUpdatedEntries: ingested.updatedEntries,
        });
        return ingested;
      }),
    );
    if (counts.changedTopics.size > 0) deps.onTopicsChanged?.(counts.changedTopics);
    deps.logger.info(
      {
        source_id: source.id,
        status: fetched.status,
        new_entries: counts.newEntries,
        updated_entries: counts.updatedEntries,
        warnings: feed.warnings.length,
        duration_ms: elapsed(),
      },
      'source polled',
    );
    return outcome('new', {
      httpStatus: fetched.status,
      newEntries: counts.newEntries,
      updatedEntries: counts.updatedEntries,
      nextPollAt: state.nextPollAt ?? undefined,
    });
  } catch (error) {
    const state = failureState(source, error, {
      now: deps.now(),
      durationMs: elapsed(),
      random: deps.random,
    });
    try {
      await deps.writeLock.run(() => recordPoll(deps.db, source.id, state));
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
    return outcome('error', {
      httpStatus: state.lastStatus ?? undefined,
      error: state.lastError ?? undefined,
      nextPollAt: state.nextPollAt ?? undefined,
    });
  }
}
