import { type SearchStore, SearchTimeoutError } from '../search-store.js';
import type { StoredEntryText } from '../topic-repo.js';
import { type PgClient, type PgPool, runPgTransaction } from './postgres-pool.js';

/** Entries (re)indexed per statement: one search never holds many rows locked. */
const SYNC_BATCH = 200;
/** tsvector limits: positions 1..16383, 256 positions per word, words under 2 KB, under 1 MB of words. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 256;
const MAX_WORD_BYTES = 2_000;
const MAX_DOCUMENT_BYTES = 900_000;
/** `query_canceled`: what statement_timeout raises. */
const QUERY_CANCELED = '57014';

// The entries marked for (re)indexing (migration 0003's triggers), newest first; rows another
// search is taking right now are skipped, not waited for.
const TAKE_PENDING = `SELECT e.id, e.title, e.text
  FROM entry_search_pending p JOIN entries e ON e.id = p.entry_id
  ORDER BY p.entry_id DESC LIMIT $1 FOR UPDATE OF p SKIP LOCKED`;

const UPSERT = `INSERT INTO entry_search (entry_id, document)
  SELECT u.id, u.document::tsvector FROM unnest($1::bigint[], $2::text[]) AS u (id, document)
  ON CONFLICT (entry_id) DO UPDATE SET document = excluded.document`;

const DONE = 'DELETE FROM entry_search_pending WHERE entry_id = ANY($1::bigint[])';

const CANDIDATES = `SELECT entry_id AS id FROM entry_search WHERE document @@ $1::tsquery
  ORDER BY entry_id DESC LIMIT $2`;

const ENTRY_TEXTS = `SELECT e.id, e.story_id AS "storyId", e.source_id AS "sourceId", e.title, e.text,
    e.published_at AS "publishedAt", s.published_at AS "storyPublishedAt"
  FROM entries e JOIN stories s ON s.id = e.story_id WHERE e.id = ANY($1::bigint[])`;

interface EntryToIndex {
  id: number;
  title: string;
  text: string;
}

function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * An entry's index document as tsvector text, from its title and body as space-separated folded
 * words: each word with its positions, title positions weighted A, the body's (weight D) starting
 * one position after the title's end so that no phrase spans the two. Within PostgreSQL's
 * limits: positions past 16383 stay at 16383, a word keeps its first 256 positions, and words too
 * long (or new words past about 900 KB of them) are left out.
 */
export function buildSearchDocument(title: string, body: string): string {
  const words = new Map<string, string[]>();
  let position = 0;
  let bytes = 0;
  const add = (text: string, weight: string) => {
    for (const word of text.split(' ')) {
      if (word === '') continue;
      position = Math.min(position + 1, MAX_POSITION);
      let positions = words.get(word);
      if (!positions) {
        const size = Buffer.byteLength(word, 'utf8');
        if (size > MAX_WORD_BYTES || bytes + size > MAX_DOCUMENT_BYTES) continue;
        bytes += size;
        positions = [];
        words.set(word, positions);
      }
      // PostgreSQL drops a repeated position (words past 16383 share it).
      if (positions.length < MAX_POSITIONS_PER_WORD) positions.push(`${position}${weight}`);
    }
  };
  add(title, 'A');
  position = Math.min(position + 1, MAX_POSITION);
  add(body, '');
  return [...words].map(([word, at]) => `${quoteLexeme(word)}:${at.join(',')}`).join(' ');
}

function isQueryCanceled(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    if ((e as { code?: string }).code === QUERY_CANCELED) return true;
  return false;
}

/**
 * Runs `work` in a transaction whose statements stop at `timeoutMs` (statement_timeout, local to
 * the transaction); a statement stopped so becomes a SearchTimeoutError naming `what`.
 */
async function withDeadline<T>(
  pool: PgPool,
  timeoutMs: number,
  what: string,
  work: (client: PgClient) => Promise<T>,
): Promise<T> {
  try {
    return await runPgTransaction(pool, what, async (client) => {
      await client.query("SELECT set_config('statement_timeout', $1, true)", [String(timeoutMs)]);
      return work(client);
    });
  } catch (error) {
    if (isQueryCanceled(error)) throw new SearchTimeoutError(what, { cause: error });
    throw error;
  }
}

/**
 * The PostgreSQL SearchStore: the `entry_search` tsvector index (migration 0003), brought up to
 * date by the searches themselves as on SQLite (the entries the triggers marked, a batch per
 * transaction), every statement bounded by `timeoutMs`.
 */
export function createPostgresSearchStore(
  pool: PgPool,
  options: { timeoutMs: number },
): SearchStore {
  const { timeoutMs } = options;
  return {
    dialect: 'tsquery',
    async syncIndex(tokenize, maxEntries) {
      let indexed = 0;
      while (indexed < maxEntries) {
        const size = Math.min(SYNC_BATCH, maxEntries - indexed);
        const count = await withDeadline(pool, timeoutMs, 'index entries', async (client) => {
          const rows = (await client.query<EntryToIndex>(TAKE_PENDING, [size])).rows;
          if (rows.length === 0) return 0;
          const ids = rows.map((row) => row.id);
          const documents = rows.map((row) =>
            buildSearchDocument(tokenize(row.title), tokenize(row.text)),
          );
          await client.query(UPSERT, [ids, documents]);
          await client.query(DONE, [ids]);
          return rows.length;
        });
        indexed += count;
        if (count < size) break;
      }
      return indexed;
    },
    async findCandidates(query, limit) {
      return withDeadline(pool, timeoutMs, 'find candidates', async (client) => {
        const result = await client.query<{ id: number }>(CANDIDATES, [query, limit]);
        return result.rows.map((row) => row.id);
      });
    },
    async readEntryTexts(ids) {
      if (ids.length === 0) return [];
      return withDeadline(pool, timeoutMs, 'read entries', async (client) => {
        return (await client.query<StoredEntryText>(ENTRY_TEXTS, [ids])).rows;
      });
    },
  };
}
