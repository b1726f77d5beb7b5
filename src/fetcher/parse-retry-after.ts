const maxDelayMs = 24 * 60 * 60 * 1000;

/**
 * The instant a `Retry-After` value (delay in seconds or an HTTP date) points to, capped at
 * `now` + 24 h; undefined when absent, unreadable or already past.
 */
export function parseRetryAfter(value: string | undefined, now: Date): Date | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const at = /^\d+$/.test(text) ? now.getTime() + Number(text) * 1000 : Date.parse(text);
  if (Number.isNaN(at) || at <= now.getTime()) return undefined;
  return new Date(Math.min(at, now.getTime() + maxDelayMs));
}
