const hourMs = 60 * 60 * 1000;
const maxDelayMs = 24 * hourMs;
const maxJitterShare = 0.1;

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

function capDelay(ms: number | undefined): number {
  return ms === undefined || !Number.isFinite(ms) || ms < 0 ? 0 : Math.min(ms, maxDelayMs);
}

function computeBackoffMs(intervalMs: number, consecutiveErrors: number): number {
  if (consecutiveErrors <= 0) return 0;
  return capDelay(intervalMs * 2 ** Math.min(consecutiveErrors, 32));
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
  const jitterMs = delayMs * maxJitterShare * Math.min(Math.max(input.random(), 0), 1);
  return new Date(input.now.getTime() + delayMs + jitterMs);
}
