import type { FetchResult } from '../fetcher/index.js';
import { FetchError } from '../fetcher/index.js';
import type { PollStateUpdate, SourceRow } from '../store/index.js';

const REDIRECTS_BEFORE_MOVE = 3;
const HOUR_MS = 60 * 60 * 1000;
const MAX_DELAY_MS = 24 * HOUR_MS;
const MAX_JITTER_SHARE = 0.1;

/** When a poll ended, how long it took, and the jitter draw for its next poll time. */
interface PollTiming {
  now: Date;
  durationMs: number;
  random: () => number;
}

/** Why a source must not be requested now (disabled, or under a server's Retry-After), if it must not. */
export function skipReason(source: SourceRow, now: Date): string | undefined {
  if (source.disabledReason) return `disabled (${source.disabledReason})`;
  if (source.retryAfter && new Date(source.retryAfter) > now)
    return `server asked to retry after ${source.retryAfter}`;
  return undefined;
}

/** Poll state after a successful fetch (200 or 304): validators, redirects, next poll. */
export function successState(
  source: SourceRow,
  result: FetchResult,
  timing: PollTiming,
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
export function failureState(
  source: SourceRow,
  error: unknown,
  timing: PollTiming,
): PollStateUpdate {
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

type RedirectState = Pick<PollStateUpdate, 'url' | 'redirectTarget' | 'redirectCount'>;

/**
 * Counts consecutive polls answered through the same 301/308 chain; the third moves the source.
 * Any other answer (a 200 or a 304 reached without them) resets the count.
 */
function redirectState(source: SourceRow, result: FetchResult): RedirectState {
  const target = result.permanentRedirect;
  if (target === undefined) return { redirectTarget: null, redirectCount: 0 };
  const count = target === source.redirectTarget ? source.redirectCount + 1 : 1;
  if (count < REDIRECTS_BEFORE_MOVE) return { redirectTarget: target, redirectCount: count };
  return { url: target, redirectTarget: null, redirectCount: 0 };
}

export interface NextPollInput {
  now: Date;
  /** The source's configured minimum interval. */
  intervalMs: number;
  /** The feed's RSS `<ttl>`. */
  ttlMinutes?: number;
  /** Cache-Control max-age of the last response. */
  maxAgeSeconds?: number;
  /** 0 after a success; backoff doubles the interval per error. */
  consecutiveErrors: number;
  /** From Retry-After; no poll before it. */
  retryAt?: Date;
  /** A number in [0, 1), e.g. Math.random. */
  random: () => number;
}

/**
 * When to poll a source next: the latest of its interval, the feed's ttl, the server's max-age
 * (each capped at 24 h), the error backoff (interval × 2^errors, capped at 24 h) and Retry-After,
 * plus up to 10 % jitter so sources on one host drift apart.
 */
export function computeNextPollTime(input: NextPollInput): Date {
  const delayMs = Math.max(
    Math.max(0, input.intervalMs),
    capDelay(input.ttlMinutes === undefined ? undefined : input.ttlMinutes * 60_000),
    capDelay(input.maxAgeSeconds === undefined ? undefined : input.maxAgeSeconds * 1000),
    computeBackoffMs(input.intervalMs, input.consecutiveErrors),
    capDelay(input.retryAt && input.retryAt.getTime() - input.now.getTime()),
  );
  const jitterMs = delayMs * MAX_JITTER_SHARE * Math.min(Math.max(input.random(), 0), 1);
  return new Date(input.now.getTime() + delayMs + jitterMs);
}

function capDelay(ms: number | undefined): number {
  return ms === undefined || !Number.isFinite(ms) || ms < 0 ? 0 : Math.min(ms, MAX_DELAY_MS);
}

function computeBackoffMs(intervalMs: number, consecutiveErrors: number): number {
  if (consecutiveErrors <= 0) return 0;
  return capDelay(intervalMs * 2 ** Math.min(consecutiveErrors, 32));
}
