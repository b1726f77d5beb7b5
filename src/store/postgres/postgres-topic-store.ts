import { StoreError } from '../database.js';
import type { EntryReference, TopicExampleRow, TopicModelRow } from '../topic-example-repo.js';
import type { StoredEntryText } from '../topic-repo.js';
import type { TopicStore, TopicWriter } from '../topic-store.js';
import { type PgClient, type PgPool, runPgTransaction } from './postgres-pool.js';

/**
 * The session advisory lock of topic-state work that spans transactions (reclassification at
 * start and on reload, `topics teach`): an arbitrary constant, "tftp".
 */
const TOPIC_STATE_LOCK = 0x74667470;

const REFERENCE_COLUMNS = `id, source_id AS "sourceId", key, title, text, story_id AS "storyId"
  FROM entries WHERE`;

const ENTRY_TEXT_COLUMNS = `e.id, e.story_id AS "storyId", e.source_id AS "sourceId", e.title,
  e.text, e.published_at AS "publishedAt", s.published_at AS "storyPublishedAt"
  FROM entries e JOIN stories s ON s.id = e.story_id`;

/** The same statements as topic-repo.ts and topic-example-repo.ts, on a transaction's connection. */
function createPostgresTopicWriter(client: PgClient): TopicWriter {
  return {
    async saveTopicExample(topicId, entry, label, now) {
      await client.query(
        `INSERT INTO topic_examples
            (topic_id, source_id, entry_key, label, title, text, story_id, labelled_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
          ON CONFLICT (topic_id, source_id, entry_key) DO UPDATE SET label = excluded.label,
            title = excluded.title, text = excluded.text, story_id = excluded.story_id,
            labelled_at = excluded.labelled_at`,
        [
          topicId,
          entry.sourceId,
          entry.key,
          label ? 1 : 0,
          entry.title,
          entry.text,
          entry.storyId,
          now.toISOString(),
        ],
      );
    },
    async forgetTopicExample(topicId, entry) {
      const result = await client.query(
        'DELETE FROM topic_examples WHERE topic_id = $1 AND source_id = $2 AND entry_key = $3',
        [topicId, entry.sourceId, entry.key],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async writeTopicModel(topicId, model, now) {
      await client.query(
        `INSERT INTO topic_models (topic_id, input_hash, weights, examples, positives, learned_at)
          VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (topic_id) DO UPDATE SET
            input_hash = excluded.input_hash, weights = excluded.weights,
            examples = excluded.examples, positives = excluded.positives,
            learned_at = excluded.learned_at`,
        [
          topicId,
          model.inputHash,
          JSON.stringify(model.weights),
          model.examples,
          model.positives,
          now.toISOString(),
        ],
      );
    },
    async dropTopic(topicId) {
      for (const table of ['topic_versions', 'entry_topics', 'story_topics', 'topic_models'])
        await client.query(`DELETE FROM ${table} WHERE topic_id = $1`, [topicId]);
    },
    async clearEntryTopics(topicId) {
      await client.query('DELETE FROM entry_topics WHERE topic_id = $1', [topicId]);
    },
    async addEntryTopics(entryId, matches) {
      for (const match of matches)
        await client.query(
          `INSERT INTO entry_topics (entry_id, topic_id, score, terms) VALUES ($1, $2, $3, $4)
            ON CONFLICT (entry_id, topic_id) DO UPDATE SET score = excluded.score,
              terms = excluded.terms`,
          [entryId, match.topicId, match.score, JSON.stringify(match.terms)],
        );
    },
    async rebuildStoryTopics(topicId) {
      await client.query('DELETE FROM story_topics WHERE topic_id = $1', [topicId]);
      const result = await client.query(
        `INSERT INTO story_topics (topic_id, story_id, published_at)
          SELECT DISTINCT $1::text, s.id, s.published_at FROM entry_topics t
          JOIN entries e ON e.id = t.entry_id JOIN stories s ON s.id = e.story_id
          WHERE t.topic_id = $1::text`,
        [topicId],
      );
      return result.rowCount ?? 0;
    },
    async writeTopicVersion(topicId, hash, now) {
      await client.query(
        `INSERT INTO topic_versions (topic_id, hash, classified_at) VALUES ($1, $2, $3)
          ON CONFLICT (topic_id) DO UPDATE SET hash = excluded.hash,
            classified_at = excluded.classified_at`,
        [topicId, hash, now.toISOString()],
      );
    },
  };
}

/** The PostgreSQL TopicStore: reads on the pool, writes in a pooled transaction. */
export function createPostgresTopicStore(pool: PgPool): TopicStore {
  const rows = async <T>(sql: string, values: unknown[] = []): Promise<T[]> =>
    (await pool.query(sql, values)).rows as T[];
  return {
    async listTopicExamples(topicId) {
      const found = await rows<Omit<TopicExampleRow, 'label'> & { label: number }>(
        `SELECT x.topic_id AS "topicId", x.source_id AS "sourceId", x.entry_key AS "entryKey",
            x.label, x.title, x.text, x.story_id AS "storyId", x.labelled_at AS "labelledAt",
            e.id AS "entryId"
          FROM topic_examples x
          LEFT JOIN entries e ON e.source_id = x.source_id AND e.key = x.entry_key
          WHERE $1::text IS NULL OR x.topic_id = $1::text
          ORDER BY x.labelled_at, x.topic_id COLLATE "C", x.source_id COLLATE "C",
            x.entry_key COLLATE "C"`,
        [topicId ?? null],
      );
      return found.map((row) => ({ ...row, label: row.label === 1 }));
    },
    async readTopicExampleStamp() {
      const [row] = await rows<{ n: number; latest: string; yes: number }>(
        `SELECT count(*) AS n, coalesce(max(labelled_at), '') AS latest,
            coalesce(sum(label), 0) AS yes FROM topic_examples`,
      );
      return `${row?.n ?? 0} ${row?.yes ?? 0} ${row?.latest ?? ''}`;
    },
    findEntriesByReference(reference) {
      const id = /^#?(\d+)$/u.exec(reference.trim());
      if (id) return rows<EntryReference>(`SELECT ${REFERENCE_COLUMNS} id = $1`, [Number(id[1])]);
      return rows<EntryReference>(
        `SELECT ${REFERENCE_COLUMNS} guid = $1 OR url = $1 OR link = $1 ORDER BY id`,
        [reference.trim()],
      );
    },
    findStoryMembers: (storyId) =>
      rows<EntryReference>(`SELECT ${REFERENCE_COLUMNS} story_id = $1 ORDER BY id`, [storyId]),
    async readTopicModel(topicId) {
      const [row] = await rows<Omit<TopicModelRow, 'weights'> & { weights: string }>(
        `SELECT input_hash AS "inputHash", weights, examples, positives FROM topic_models
          WHERE topic_id = $1`,
        [topicId],
      );
      return row
        ? { ...row, weights: JSON.parse(row.weights) as Record<string, number> }
        : undefined;
    },
    async readTopicVersions() {
      const found = await rows<{ topicId: string; hash: string }>(
        'SELECT topic_id AS "topicId", hash FROM topic_versions',
      );
      return new Map(found.map((row) => [row.topicId, row.hash]));
    },
    async listStoredTopicIds() {
      const found = await rows<{ id: string }>(
        `SELECT topic_id AS id FROM topic_versions UNION SELECT topic_id FROM entry_topics
          UNION SELECT topic_id FROM story_topics`,
      );
      return found.map((row) => row.id);
    },
    async listTopicEntryIds(topicId) {
      const found = await rows<{ id: number }>(
        'SELECT entry_id AS id FROM entry_topics WHERE topic_id = $1',
        [topicId],
      );
      return new Set(found.map((row) => row.id));
    },
    readEntryTextsAfter: (afterId, size) =>
      rows<StoredEntryText>(`SELECT ${ENTRY_TEXT_COLUMNS} WHERE e.id > $1 ORDER BY e.id LIMIT $2`, [
        afterId,
        size,
      ]),
    readNewestEntryTexts: (limit, offset) =>
      rows<StoredEntryText>(
        `SELECT ${ENTRY_TEXT_COLUMNS} ORDER BY e.published_at DESC, e.id DESC LIMIT $1 OFFSET $2`,
        [limit, offset],
      ),
    write: (work) =>
      runPgTransaction(pool, 'store topic state', (client) =>
        work(createPostgresTopicWriter(client)),
      ),
    exclusive: (work) => holdTopicStateLock(pool, work),
  };
}

/** Runs `work` holding the topic-state advisory lock on a connection of its own. */
async function holdTopicStateLock<T>(pool: PgPool, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [TOPIC_STATE_LOCK]);
  } catch (error) {
    client.release();
    throw new StoreError('topic state lock failed', { cause: error });
  }
  try {
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [TOPIC_STATE_LOCK]).catch(() => undefined);
    client.release();
  }
}
