import type { Db } from './database.js';

/** The poll-state columns one poll may set; absent fields keep their stored value. */
export interface PollStateUpdate {
  url?: string;
  feedTitle?: string | null;
  siteUrl?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  bodyHash?: string | null;
  ttlMinutes?: number | null;
  maxAgeSeconds?: number | null;
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastStatus?: number | null;
  lastOutcome?: string;
  lastError?: string | null;
  lastDurationMs?: number;
  consecutiveErrors?: number;
  nextPollAt?: string | null;
  retryAfter?: string | null;
  disabledReason?: string | null;
  redirectTarget?: string | null;
  redirectCount?: number;
  lastNewEntries?: number;
  lastUpdatedEntries?: number;
}

const COLUMNS: Record<keyof PollStateUpdate, string> = {
  url: 'url',
  feedTitle: 'feed_title',
  siteUrl: 'site_url',
  etag: 'etag',
  lastModified: 'last_modified',
  bodyHash: 'body_hash',
  ttlMinutes: 'ttl_minutes',
  maxAgeSeconds: 'max_age_seconds',
  lastAttemptAt: 'last_attempt_at',
  lastSuccessAt: 'last_success_at',
  lastStatus: 'last_status',
  lastOutcome: 'last_outcome',
  lastError: 'last_error',
  lastDurationMs: 'last_duration_ms',
  consecutiveErrors: 'consecutive_errors',
  nextPollAt: 'next_poll_at',
  retryAfter: 'retry_after',
  disabledReason: 'disabled_reason',
  redirectTarget: 'redirect_target',
  redirectCount: 'redirect_count',
  lastNewEntries: 'last_new_entries',
  lastUpdatedEntries: 'last_updated_entries',
};

/** Writes a source's poll state (status, error, times, validators) in one UPDATE. */
export function recordPoll(db: Db, sourceId: string, update: PollStateUpdate): void {
  const keys = (Object.keys(update) as (keyof PollStateUpdate)[]).filter(
    (key) => update[key] !== undefined,
  );
  if (keys.length === 0) return;
  const sets = keys.map((key) => `${COLUMNS[key]} = @${key}`).join(', ');
  const params: Record<string, unknown> = { sourceId };
  for (const key of keys) params[key] = update[key];
  db.prepare(`UPDATE sources SET ${sets} WHERE id = @sourceId`).run(params);
}
