import type { FingerprintSource, WindowEntry, WindowRequest } from '../candidate-repo.js';
import type { PgPool } from './postgres-pool.js';

/** The columns (and FROM) of a story-window row: the entry, its story, its fingerprint. */
export const WINDOW_COLUMNS = `e.id AS "entryId", e.story_id AS "storyId",
  e.published_at AS "publishedAt", e.has_feed_date AS "hasFeedDate", f.features
  FROM entries e LEFT JOIN entry_fingerprints f ON f.entry_id = e.id`;

export interface WindowRow {
  entryId: number;
  storyId: number;
  publishedAt: string;
  hasFeedDate: number;
  features: string | null;
}

export function toWindowEntry(row: WindowRow): WindowEntry {
  let features: unknown;
  try {
    features = row.features === null ? undefined : JSON.parse(row.features);
  } catch {
    features = undefined;
  }
  return { ...row, hasFeedDate: row.hasFeedDate === 1, features };
}

/** Rows read per round trip while the window loads. */
const PAGE = 5_000;

/**
 * Visits the entries of the story window in stored order, as forEachWindowEntry does on SQLite:
 * those published within the window before the newest, and the `recent` last stored; read in
 * pages by id.
 */
export async function forEachPostgresWindowEntry(
  pool: PgPool,
  request: WindowRequest,
  visit: (entry: WindowEntry) => void,
): Promise<void> {
  const newest = await pool.query<{ newest: string | null }>(
    'SELECT max(published_at) AS newest FROM entries',
  );
  const latest = newest.rows[0]?.newest ?? null;
  if (latest === null) return;
  const since = new Date(Date.parse(latest) - request.windowMs).toISOString();
  const floor = await pool.query<{ id: number | null }>(
    'SELECT min(id) AS id FROM (SELECT id FROM entries ORDER BY id DESC LIMIT $1) recent',
    [request.recent],
  );
  const recentFrom = floor.rows[0]?.id ?? Number.MAX_SAFE_INTEGER;
  let after = 0;
  for (;;) {
    const page = await pool.query<WindowRow>(
      `SELECT ${WINDOW_COLUMNS} WHERE e.id > $1 AND (e.published_at >= $2 OR e.id >= $3)
        ORDER BY e.id LIMIT $4`,
      [after, since, recentFrom, PAGE],
    );
    for (const row of page.rows) visit(toWindowEntry(row));
    if (page.rows.length < PAGE) return;
    after = (page.rows[page.rows.length - 1] as WindowRow).entryId;
  }
}

/** The fields of stored entries a fingerprint is made from (readFingerprintSources on SQLite). */
export async function readPostgresFingerprintSources(
  pool: PgPool,
  entryIds: readonly number[],
): Promise<FingerprintSource[]> {
  const result = await pool.query<
    Omit<FingerprintSource, 'hasFeedDate'> & {
      url: string | null;
      language: string | null;
      hasFeedDate: number;
    }
  >(
    `SELECT id AS "entryId", title, text, url, language, published_at AS "publishedAt",
       content_hash AS "contentHash", has_feed_date AS "hasFeedDate"
       FROM entries WHERE id = ANY($1) ORDER BY id`,
    [entryIds],
  );
  return result.rows.map(({ url, language, hasFeedDate, ...rest }) => ({
    ...rest,
    hasFeedDate: Number(hasFeedDate) === 1,
    ...(url ? { url } : {}),
    ...(language ? { language } : {}),
  }));
}

/** Stores (or replaces) recomputed fingerprints, in one statement. */
export async function savePostgresFingerprints(
  pool: PgPool,
  fingerprints: readonly { entryId: number; features: unknown }[],
): Promise<void> {
  if (fingerprints.length === 0) return;
  await pool.query(
    `INSERT INTO entry_fingerprints (entry_id, features)
      SELECT * FROM unnest($1::bigint[], $2::text[])
      ON CONFLICT (entry_id) DO UPDATE SET features = excluded.features`,
    [
      fingerprints.map((row) => row.entryId),
      fingerprints.map((row) => JSON.stringify(row.features)),
    ],
  );
}
