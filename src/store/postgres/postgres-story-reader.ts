import type { StoryView } from '../../model/index.js';
import { assembleStories, type MemberRow, type StoryRow } from '../read-stories.js';
import { applyClaims, parseClaimRows } from '../story-claims-repo.js';
import type { StoryReader } from '../story-reader.js';
import type { EntryReference } from '../topic-example-repo.js';
import type { PgPool } from './postgres-pool.js';
import { findPostgresMergedStory } from './postgres-story-merges.js';

const STORY_COLUMNS = `s.id, s.guid, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  s.representative_entry_id AS "representativeId"`;

const MEMBERS = `SELECT e.id AS "entryId", e.story_id AS "storyId", e.source_id AS "sourceId",
    src.title AS "sourceTitle", src.feed_title AS "feedTitle", e.guid, e.url, e.link, e.title,
    e.published_at AS "publishedAt", e.join_score AS score, e.join_signals AS signals,
    e.content_html AS "contentHtml", e.summary, e.author, e.language
  FROM entries e JOIN sources src ON src.id = e.source_id
  WHERE e.story_id = ANY($1) ORDER BY e.published_at, e.id`;

/** The story rows of one page (`limit` null: every story), in the order read-stories.ts uses. */
async function selectStoryRows(
  pool: PgPool,
  topic: string,
  limit: number | null,
  offset: number,
): Promise<StoryRow[]> {
  if (topic === 'all') {
    const result = await pool.query<StoryRow>(
      `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.representative_entry_id IS NOT NULL
        ORDER BY s.published_at DESC, s.id DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return result.rows;
  }
  const result = await pool.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM story_topics t JOIN stories s ON s.id = t.story_id
      WHERE t.topic_id = $1 ORDER BY t.published_at DESC, t.story_id DESC LIMIT $2 OFFSET $3`,
    [topic, limit, offset],
  );
  return result.rows;
}

/** The views of these story rows: their members, topics and claims, assembled as on SQLite. */
async function assembleViews(pool: PgPool, rows: StoryRow[]): Promise<StoryView[]> {
  const ids = rows.map((row) => row.id);
  const [members, topics, claims] = await Promise.all([
    pool.query<MemberRow>(MEMBERS, [ids]),
    pool.query<{ storyId: number; topicId: string }>(
      `SELECT story_id AS "storyId", topic_id AS "topicId" FROM story_topics
        WHERE story_id = ANY($1) ORDER BY topic_id`,
      [ids],
    ),
    pool.query<{ storyId: number; claims: string }>(
      'SELECT story_id AS "storyId", claims FROM story_claims WHERE story_id = ANY($1)',
      [ids],
    ),
  ]);
  const byStory = new Map<number, string[]>();
  for (const row of topics.rows)
    byStory.set(row.storyId, [...(byStory.get(row.storyId) ?? []), row.topicId]);
  return applyClaims(assembleStories(rows, members.rows, byStory), parseClaimRows(claims.rows));
}

/** The PostgreSQL StoryReader: the SQLite story queries, assembled by the same code. */
export function createPostgresStoryReader(pool: PgPool): StoryReader {
  return {
    async readTopicPage({ topic, limit, page = 1 }) {
      const rows = await selectStoryRows(
        pool,
        topic,
        limit === 0 ? null : limit + 1,
        limit === 0 ? 0 : (page - 1) * limit,
      );
      const views = await assembleViews(pool, rows);
      if (limit === 0) return { stories: views, hasNext: false };
      return { stories: views.slice(0, limit), hasNext: views.length > limit };
    },
    async readStory(storyId) {
      const result = await pool.query<StoryRow>(
        `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = $1`,
        [storyId],
      );
      if (result.rows.length === 0) return undefined;
      return (await assembleViews(pool, result.rows))[0];
    },
    async countStories(topic) {
      const result =
        topic === 'all'
          ? await pool.query<{ n: number }>(
              'SELECT count(*) AS n FROM stories WHERE representative_entry_id IS NOT NULL',
            )
          : await pool.query<{ n: number }>(
              'SELECT count(*) AS n FROM story_topics WHERE topic_id = $1',
              [topic],
            );
      return result.rows[0]?.n ?? 0;
    },
    async countEntries() {
      const result = await pool.query<{ n: number }>('SELECT count(*) AS n FROM entries');
      return result.rows[0]?.n ?? 0;
    },
    async findStoryId(idOrGuid) {
      const ref = idOrGuid.trim();
      const byId = /^\d+$/.test(ref);
      // A number past BIGINT names no story (SQLite finds none either).
      if (byId && !Number.isSafeInteger(Number(ref))) return undefined;
      const result = await pool.query<{ id: number }>(
        byId ? 'SELECT id FROM stories WHERE id = $1' : 'SELECT id FROM stories WHERE guid = $1',
        [byId ? Number(ref) : ref],
      );
      return result.rows[0]?.id;
    },
    async readStoryMembers(storyId) {
      const result = await pool.query<EntryReference>(
        `SELECT id, source_id AS "sourceId", key, title, text, story_id AS "storyId"
          FROM entries WHERE story_id = $1 ORDER BY id`,
        [storyId],
      );
      return result.rows;
    },
    findMergedStory: (storyId) => findPostgresMergedStory(pool, storyId),
  };
}
