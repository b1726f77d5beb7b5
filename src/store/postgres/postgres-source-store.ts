import type { SourceConfig } from '../../config/index.js';
import { type ArticleFetchRow, toArticleFetchCounts } from '../article-repo.js';
import {
  POLL_STATE_COLUMNS,
  type PollStateUpdate,
  type SourceRow,
  type SourceSummary,
} from '../source-repo.js';
import type { LeaseRequest, SourceStore } from '../source-store.js';
import { type PgClient, type PgPool, runPgTransaction } from './postgres-pool.js';

const SELECT = `SELECT s.id, s.config_url AS "configUrl", s.url, s.title, s.feed_title AS "feedTitle",
  s.site_url AS "siteUrl", s.language, s.interval_ms AS "intervalMs", s.preferred, s.active, s.etag,
  s.last_modified AS "lastModified", s.body_hash AS "bodyHash", s.ttl_minutes AS "ttlMinutes",
  s.max_age_seconds AS "maxAgeSeconds", s.last_attempt_at AS "lastAttemptAt",
  s.last_success_at AS "lastSuccessAt", s.last_status AS "lastStatus", s.last_outcome AS "lastOutcome",
  s.last_error AS "lastError", s.last_duration_ms AS "lastDurationMs",
  s.consecutive_errors AS "consecutiveErrors", s.next_poll_at AS "nextPollAt",
  s.retry_after AS "retryAfter", s.disabled_reason AS "disabledReason",
  s.redirect_target AS "redirectTarget", s.redirect_count AS "redirectCount",
  s.last_new_entries AS "lastNewEntries", s.last_updated_entries AS "lastUpdatedEntries",
  (SELECT count(*) FROM entries e WHERE e.source_id = s.id) AS "entryCount"
  FROM sources s`;

const ARTICLE_FETCHES = `SELECT source_id AS "sourceId", count(*) FILTER (WHERE status = 'ok') AS ok,
    count(*) FILTER (WHERE status = 'failed') AS failed,
    (SELECT error FROM entry_articles f WHERE f.source_id = a.source_id AND f.status = 'failed'
      ORDER BY f.fetched_at DESC LIMIT 1) AS "lastError"
  FROM entry_articles a GROUP BY source_id`;

/** Due first, never-polled first among them: the order listDueSources gives on SQLite. */
const ORDER = 'ORDER BY s.next_poll_at IS NOT NULL, s.next_poll_at, s.id';

type RawRow = Omit<SourceRow, 'preferred' | 'active'> & { preferred: number; active: number };

function toRow(raw: RawRow): SourceRow {
  return { ...raw, preferred: raw.preferred === 1, active: raw.active === 1 };
}

const SETTINGS_CHANGED = `(sources.title IS DISTINCT FROM excluded.title
  OR sources.language IS DISTINCT FROM excluded.language
  OR sources.interval_ms <> excluded.interval_ms OR sources.preferred <> excluded.preferred)`;

const REENABLE = `disabled_reason = CASE WHEN ${SETTINGS_CHANGED} THEN NULL ELSE sources.disabled_reason END,
  consecutive_errors = CASE WHEN ${SETTINGS_CHANGED} AND sources.disabled_reason IS NOT NULL
    THEN 0 ELSE sources.consecutive_errors END,
  next_poll_at = CASE WHEN ${SETTINGS_CHANGED} AND sources.disabled_reason IS NOT NULL
    THEN NULL ELSE sources.next_poll_at END`;

const UPSERT = `INSERT INTO sources (id, config_url, url, title, language, interval_ms, preferred, active)
  VALUES ($1, $2, $2, $3, $4, $5, $6, 1)
  ON CONFLICT (id) DO UPDATE SET title = excluded.title, language = excluded.language,
    interval_ms = excluded.interval_ms, preferred = excluded.preferred, active = 1, ${REENABLE}`;

const RESET_URL = `UPDATE sources SET config_url = $2, url = $2, etag = NULL, last_modified = NULL,
  body_hash = NULL, disabled_reason = NULL, redirect_target = NULL, redirect_count = 0,
  consecutive_errors = 0, next_poll_at = NULL, retry_after = NULL
  WHERE id = $1 AND config_url <> $2`;

/**
 * Leases in one statement: the wanted rows no live lease holds are locked `FOR UPDATE SKIP LOCKED`
 * (rows another poller is leasing right now are skipped, not waited for) and stamped with the
 * owner and expiry. A poller that reads a row just leased by another re-checks it after the lock
 * (READ COMMITTED) and finds the new lease: one source, one poller.
 */
function leaseSql(request: LeaseRequest): { sql: string; params: unknown[] } {
  const now = request.now.toISOString();
  const expires = new Date(request.now.getTime() + request.leaseMs).toISOString();
  const params: unknown[] = [request.owner, expires, now];
  const where = ['s.active = 1', '(s.lease_expires_at IS NULL OR s.lease_expires_at <= $3)'];
  if (request.which === 'due')
    where.push('s.disabled_reason IS NULL', '(s.next_poll_at IS NULL OR s.next_poll_at <= $3)');
  if (request.sourceId !== undefined) {
    params.push(request.sourceId);
    where.push(`s.id = $${params.length}`);
  }
  let limit = '';
  if (request.limit !== undefined) {
    params.push(request.limit);
    limit = ` LIMIT $${params.length}`;
  }
  const sql = `WITH picked AS (SELECT s.id FROM sources s WHERE ${where.join(' AND ')}
      ${ORDER}${limit} FOR UPDATE SKIP LOCKED)
    UPDATE sources SET lease_owner = $1, lease_expires_at = $2
    FROM picked WHERE sources.id = picked.id RETURNING sources.id`;
  return { sql, params };
}

async function syncWith(client: PgClient, sources: readonly SourceConfig[]): Promise<void> {
  await client.query('UPDATE sources SET active = 0');
  for (const source of sources) {
    const params = [
      source.id,
      source.url,
      source.title ?? null,
      source.language ?? null,
      source.intervalMs,
      source.preferred ? 1 : 0,
    ];
    await client.query(UPSERT, params);
    await client.query(RESET_URL, [source.id, source.url]);
  }
}

/** Writes a poll's state on the source's row in one UPDATE (see recordPoll on SQLite). */
export async function recordPollWith(
  db: PgPool | PgClient,
  sourceId: string,
  update: PollStateUpdate,
): Promise<void> {
  const keys = (Object.keys(update) as (keyof PollStateUpdate)[]).filter(
    (key) => update[key] !== undefined,
  );
  if (keys.length === 0) return;
  const sets = keys.map((key, i) => `${POLL_STATE_COLUMNS[key]} = $${i + 2}`).join(', ');
  await db.query(`UPDATE sources SET ${sets} WHERE id = $1`, [
    sourceId,
    ...keys.map((key) => update[key]),
  ]);
}

/** The PostgreSQL SourceStore: any number of pollers share the sources through leases. */
export function createPostgresSourceStore(pool: PgPool): SourceStore {
  return {
    syncSources: (sources) =>
      runPgTransaction(pool, 'sync sources', (client) => syncWith(client, sources)),
    async leaseSources(request) {
      const { sql, params } = leaseSql(request);
      const leased = await pool.query<{ id: string }>(sql, params);
      if (leased.rows.length === 0) return [];
      const ids = leased.rows.map((row) => row.id);
      const rows = await pool.query<RawRow>(`${SELECT} WHERE s.id = ANY($1) ${ORDER}`, [ids]);
      return rows.rows.map(toRow);
    },
    recordPoll: (sourceId, update) => recordPollWith(pool, sourceId, update),
    async renewLease(sourceId, owner, now, leaseMs) {
      const expires = new Date(now.getTime() + leaseMs).toISOString();
      const result = await pool.query(
        'UPDATE sources SET lease_expires_at = $3 WHERE id = $1 AND lease_owner = $2',
        [sourceId, owner, expires],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async releaseLease(sourceId, owner) {
      await pool.query(
        'UPDATE sources SET lease_owner = NULL, lease_expires_at = NULL WHERE id = $1 AND lease_owner = $2',
        [sourceId, owner],
      );
    },
    async listSources(options = {}) {
      const where = options.activeOnly ? ' WHERE s.active = 1' : '';
      const rows = await pool.query<RawRow>(`${SELECT}${where} ORDER BY s.id`);
      return rows.rows.map(toRow);
    },
    async countArticleFetches() {
      return toArticleFetchCounts((await pool.query<ArticleFetchRow>(ARTICLE_FETCHES)).rows);
    },
    async summarizeSources() {
      const result = await pool.query<SourceSummary>(
        `SELECT count(*) AS active, max(last_success_at) AS "lastSuccessAt" FROM sources
          WHERE active = 1`,
      );
      return result.rows[0] ?? { active: 0, lastSuccessAt: null };
    },
  };
}
