import type { SourceConfig } from '../config/index.js';
import type { Db } from './database.js';

/** A source row: its configuration and its poll state. */
export interface SourceRow {
  id: string;
  configUrl: string;
  url: string;
  title: string | null;
  feedTitle: string | null;
  siteUrl: string | null;
  language: string | null;
  intervalMs: number;
  preferred: boolean;
  active: boolean;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  ttlMinutes: number | null;
  maxAgeSeconds: number | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: number | null;
  lastOutcome: string | null;
  lastError: string | null;
  lastDurationMs: number | null;
  consecutiveErrors: number;
  nextPollAt: string | null;
  retryAfter: string | null;
  disabledReason: string | null;
  redirectTarget: string | null;
  redirectCount: number;
  lastNewEntries: number;
  lastUpdatedEntries: number;
  entryCount: number;
}

const SELECT = `SELECT s.id, s.config_url AS configUrl, s.url, s.title, s.feed_title AS feedTitle,
  s.site_url AS siteUrl, s.language, s.interval_ms AS intervalMs, s.preferred, s.active, s.etag,
  s.last_modified AS lastModified, s.body_hash AS bodyHash, s.ttl_minutes AS ttlMinutes,
  s.max_age_seconds AS maxAgeSeconds, s.last_attempt_at AS lastAttemptAt,
  s.last_success_at AS lastSuccessAt, s.last_status AS lastStatus, s.last_outcome AS lastOutcome,
  s.last_error AS lastError, s.last_duration_ms AS lastDurationMs,
  s.consecutive_errors AS consecutiveErrors, s.next_poll_at AS nextPollAt,
  s.retry_after AS retryAfter, s.disabled_reason AS disabledReason,
  s.redirect_target AS redirectTarget, s.redirect_count AS redirectCount,
  s.last_new_entries AS lastNewEntries, s.last_updated_entries AS lastUpdatedEntries,
  (SELECT count(*) FROM entries e WHERE e.source_id = s.id) AS entryCount
  FROM sources s`;

type RawRow = Omit<SourceRow, 'preferred' | 'active'> & { preferred: number; active: number };

function toRow(raw: RawRow): SourceRow {
  return { ...raw, preferred: raw.preferred === 1, active: raw.active === 1 };
}

/** True (in an upsert) when a source's configured settings differ from the stored ones. */
const SETTINGS_CHANGED = `(sources.title IS NOT excluded.title OR sources.language IS NOT excluded.language
  OR sources.interval_ms <> excluded.interval_ms OR sources.preferred <> excluded.preferred)`;

/** Re-enables a disabled source (410 Gone) whose settings changed; clears its backoff too. */
const REENABLE = `disabled_reason = CASE WHEN ${SETTINGS_CHANGED} THEN NULL ELSE disabled_reason END,
  consecutive_errors = CASE WHEN ${SETTINGS_CHANGED} AND disabled_reason IS NOT NULL
    THEN 0 ELSE consecutive_errors END,
  next_poll_at = CASE WHEN ${SETTINGS_CHANGED} AND disabled_reason IS NOT NULL
    THEN NULL ELSE next_poll_at END`;

/**
 * Brings the sources table in line with the config: new rows, changed settings, inactive
 * leftovers. A changed URL resets the poll state; any changed setting re-enables a disabled source.
 */
export function syncSources(db: Db, sources: readonly SourceConfig[]): void {
  const upsert =
    db.prepare(`INSERT INTO sources (id, config_url, url, title, language, interval_ms, preferred, active)
    VALUES (@id, @url, @url, @title, @language, @intervalMs, @preferred, 1)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, language = excluded.language,
      interval_ms = excluded.interval_ms, preferred = excluded.preferred, active = 1, ${REENABLE}`);
  const resetUrl = db.prepare(`UPDATE sources SET config_url = @url, url = @url, etag = NULL,
      last_modified = NULL, body_hash = NULL, disabled_reason = NULL, redirect_target = NULL,
      redirect_count = 0, consecutive_errors = 0, next_poll_at = NULL, retry_after = NULL
    WHERE id = @id AND config_url <> @url`);
  db.transaction(() => {
    db.prepare('UPDATE sources SET active = 0').run();
    for (const source of sources) {
      const params = {
        ...source,
        title: source.title ?? null,
        language: source.language ?? null,
        preferred: source.preferred ? 1 : 0,
      };
      upsert.run(params);
      resetUrl.run(params);
    }
  })();
}

export function listSources(db: Db, options: { activeOnly?: boolean } = {}): SourceRow[] {
  const where = options.activeOnly ? ' WHERE s.active = 1' : '';
  return (db.prepare(`${SELECT}${where} ORDER BY s.id`).all() as RawRow[]).map(toRow);
}

export function getSource(db: Db, id: string): SourceRow | undefined {
  const raw = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as RawRow | undefined;
  return raw ? toRow(raw) : undefined;
}

/** Active, enabled sources whose next poll time has come (or that were never polled). */
export function listDueSources(db: Db, now: Date): SourceRow[] {
  const sql = `${SELECT} WHERE s.active = 1 AND s.disabled_reason IS NULL
    AND (s.next_poll_at IS NULL OR s.next_poll_at <= ?) ORDER BY s.next_poll_at IS NOT NULL, s.next_poll_at, s.id`;
  return (db.prepare(sql).all(now.toISOString()) as RawRow[]).map(toRow);
}

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

/** PollStateUpdate's fields and their columns (the same on SQLite and PostgreSQL). */
export const POLL_STATE_COLUMNS: Record<keyof PollStateUpdate, string> = {
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
  const sets = keys.map((key) => `${POLL_STATE_COLUMNS[key]} = @${key}`).join(', ');
  const params: Record<string, unknown> = { sourceId };
  for (const key of keys) params[key] = update[key];
  db.prepare(`UPDATE sources SET ${sets} WHERE id = @sourceId`).run(params);
}

/** How many sources are active, and when any of them last polled successfully. */
export interface SourceSummary {
  active: number;
  lastSuccessAt: string | null;
}

/** How many sources are active and when any of them last polled successfully (health, metrics). */
export function summarizeSources(db: Db): SourceSummary {
  return db
    .prepare(
      'SELECT count(*) AS active, max(last_success_at) AS lastSuccessAt FROM sources WHERE active = 1',
    )
    .get() as SourceSummary;
}
