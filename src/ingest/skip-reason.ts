import type { SourceRow } from '../store/index.js';

/** Why a source must not be requested now (disabled, or under a server's Retry-After), if it must not. */
export function skipReason(source: SourceRow, now: Date): string | undefined {
  if (source.disabledReason) return `disabled (${source.disabledReason})`;
  if (source.retryAfter && new Date(source.retryAfter) > now)
    return `server asked to retry after ${source.retryAfter}`;
  return undefined;
}
