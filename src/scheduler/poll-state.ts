import { FetchError } from '../fetcher/fetch-error.js';
import type { FetchResult } from '../fetcher/fetch-feed.js';
import type { PollStateUpdate } from '../store/record-poll.js';
import type { SourceRow } from '../store/source-repo.js';
import { computeNextPollTime } from './next-poll-time.js';

const REDIRECTS_BEFORE_MOVE = 3;

interface Timing {
  now: Date;
  durationMs: number;
  random: () => number;
}

/** Poll state after a successful fetch (200 or 304): validators, redirects, next poll. */
export function successState(
  source: SourceRow,
  result: FetchResult,
  timing: Timing,
  ttlMinutes?: number,
): PollStateUpdate {
  const target = result.kind === 'fetched' ? result.permanentRedirect : undefined;
  const count =
    target && target === source.redirectTarget ? source.redirectCount + 1 : target ? 1 : 0;
  const moved = target !== undefined && count >= REDIRECTS_BEFORE_MOVE;
  const at = timing.now.toISOString();
  const ttl = ttlMinutes ?? source.ttlMinutes ?? undefined;
  return {
    url: moved ? target : undefined,
    redirectTarget: moved ? null : (target ?? null),
    redirectCount: moved ? 0 : count,
    etag: result.etag ?? null,
    lastModified: result.lastModified ?? null,
    bodyHash: result.kind === 'fetched' ? result.bodyHash : undefined,
    ttlMinutes: ttl ?? null,
    maxAgeSeconds: result.maxAgeSeconds ?? null,
    lastAttemptAt: at,
    lastSuccessAt: at,
    lastStatus: result.status,
    lastError: null,
    lastDurationMs: timing.durationMs,
    consecutiveErrors: 0,
    retryAfter: null,
    nextPollAt: computeNextPollTime({
      now: timing.now,
      intervalMs: source.intervalMs,
      ttlMinutes: ttl,
      maxAgeSeconds: result.maxAgeSeconds,
      consecutiveErrors: 0,
      random: timing.random,
    }).toISOString(),
  };
}

/** Poll state after a failure: the error, backoff, Retry-After, and disabling on 410 Gone. */
export function failureState(source: SourceRow, error: unknown, timing: Timing): PollStateUpdate {
  const errors = source.consecutiveErrors + 1;
  const fetchError = error instanceof FetchError ? error : undefined;
  const retryAt = fetchError?.retryAt;
  return {
    lastAttemptAt: timing.now.toISOString(),
    lastStatus: fetchError?.status ?? null,
    lastOutcome: 'error',
    lastError: error instanceof Error ? error.message : String(error),
    lastDurationMs: timing.durationMs,
    consecutiveErrors: errors,
    retryAfter: retryAt ? retryAt.toISOString() : null,
    disabledReason: fetchError?.gone ? 'gone: the server answered 410 Gone' : undefined,
    lastNewEntries: 0,
    lastUpdatedEntries: 0,
    nextPollAt: computeNextPollTime({
      now: timing.now,
      intervalMs: source.intervalMs,
      consecutiveErrors: errors,
      retryAt,
      random: timing.random,
    }).toISOString(),
  };
}
