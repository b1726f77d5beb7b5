import type { FetchResult } from '../fetcher/index.js';
import { FetchError } from '../fetcher/index.js';
import type { PollStateUpdate, SourceRow } from '../store/index.js';
import { computeNextPollTime } from './next-poll-time.js';

const REDIRECTS_BEFORE_MOVE = 3;

interface Timing {
  now: Date;
  durationMs: number;
  random: () => number;
}

type RedirectState = Pick<PollStateUpdate, 'url' | 'redirectTarget' | 'redirectCount'>;

/**
 * Counts consecutive polls answered through the same 301/308 chain; the third moves the source.
 * Any other answer (a 200 or a 304 reached without them) resets the count.
 */
export function redirectState(source: SourceRow, result: FetchResult): RedirectState {
  const target = result.permanentRedirect;
  if (target === undefined) return { redirectTarget: null, redirectCount: 0 };
  const count = target === source.redirectTarget ? source.redirectCount + 1 : 1;
  if (count < REDIRECTS_BEFORE_MOVE) return { redirectTarget: target, redirectCount: count };
  return { url: target, redirectTarget: null, redirectCount: 0 };
}

/** Poll state after a successful fetch (200 or 304): validators, redirects, next poll. */
export function successState(
  source: SourceRow,
  result: FetchResult,
  timing: Timing,
  ttlMinutes?: number,
): PollStateUpdate {
  const at = timing.now.toISOString();
  const ttl = ttlMinutes ?? source.ttlMinutes ?? undefined;
  return {
    ...redirectState(source, result),
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
      ttlMinutes: source.ttlMinutes ?? undefined,
      maxAgeSeconds: source.maxAgeSeconds ?? undefined,
      consecutiveErrors: errors,
      retryAt,
      random: timing.random,
    }).toISOString(),
  };
}
