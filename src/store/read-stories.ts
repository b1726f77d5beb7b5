import type { StoryMember, StoryView } from '../model/index.js';
import type { Db } from './database.js';
import { attachClaims } from './story-claims-repo.js';

export interface StoryQuery {
  /** A topic id, or `all`. */
  topic: string;
  limit: number;
  offset?: number;
}

/** A story's row as the feed queries select it. */
export interface StoryRow {
  id: number;
  guid: string;
  createdAt: string;
  updatedAt: string;
  representativeId: number;
}

/** A member's row as the feed queries select it (join_signals still JSON). */
export interface MemberRow {
  entryId: number;
  storyId: number;
  sourceId: string;
  sourceTitle: string | null;
  feedTitle: string | null;
  guid: string | null;
  url: string | null;
  link: string | null;
  title: string;
  publishedAt: string;
  score: number;
  signals: string;
  contentHtml: string;
  summary: string;
  author: string | null;
  language: string | null;
}

function selectStoryRows(db: Db, query: StoryQuery): StoryRow[] {
  const columns =
    's.id, s.guid, s.created_at AS createdAt, s.updated_at AS updatedAt, s.representative_entry_id AS representativeId';
  const page = [query.limit, query.offset ?? 0];
  if (query.topic === 'all') {
    return db
      .prepare(`SELECT ${columns} FROM stories s WHERE s.representative_entry_id IS NOT NULL
      ORDER BY s.published_at DESC, s.id DESC LIMIT ? OFFSET ?`)
      .all(...page) as StoryRow[];
  }
  return db
    .prepare(`SELECT ${columns} FROM story_topics t JOIN stories s ON s.id = t.story_id
    WHERE t.topic_id = ? ORDER BY t.published_at DESC, t.story_id DESC LIMIT ? OFFSET ?`)
    .all(query.topic, ...page) as StoryRow[];
}

function selectMembers(db: Db, storyIds: number[]): MemberRow[] {
  if (storyIds.length === 0) return [];
  const marks = storyIds.map(() => '?').join(',');
  return db
    .prepare(`SELECT e.id AS entryId, e.story_id AS storyId, e.source_id AS sourceId,
      src.title AS sourceTitle, src.feed_title AS feedTitle, e.guid, e.url, e.link, e.title,
      e.published_at AS publishedAt, e.join_score AS score, e.join_signals AS signals,
      e.content_html AS contentHtml, e.summary, e.author, e.language
    FROM entries e JOIN sources src ON src.id = e.source_id
    WHERE e.story_id IN (${marks}) ORDER BY e.published_at, e.id`)
    .all(...storyIds) as MemberRow[];
}

function selectTopics(db: Db, storyIds: number[]): Map<number, string[]> {
  const topics = new Map<number, string[]>();
  if (storyIds.length === 0) return topics;
  const marks = storyIds.map(() => '?').join(',');
  const rows = db
    .prepare(`SELECT story_id AS storyId, topic_id AS topicId FROM story_topics
    WHERE story_id IN (${marks}) ORDER BY topic_id`)
    .all(...storyIds) as { storyId: number; topicId: string }[];
  for (const row of rows)
    topics.set(row.storyId, [...(topics.get(row.storyId) ?? []), row.topicId]);
  return topics;
}

function toMember(row: MemberRow): StoryMember {
  return {
    entryId: row.entryId,
    sourceId: row.sourceId,
    sourceTitle: row.sourceTitle ?? row.feedTitle ?? row.sourceId,
    guid: row.guid ?? undefined,
    url: row.url ?? row.link ?? undefined,
    title: row.title,
    publishedAt: row.publishedAt,
    score: row.score,
    signals: JSON.parse(row.signals) as string[],
  };
}

function toView(story: StoryRow, rows: MemberRow[], topics: string[]): StoryView | undefined {
  const rep = rows.find((row) => row.entryId === story.representativeId) ?? rows[0];
  if (!rep) return undefined;
  const ordered = [rep, ...rows.filter((row) => row !== rep)];
  return {
    id: story.id,
    guid: story.guid,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    topics,
    members: ordered.map(toMember),
    title: rep.title,
    link: rep.url ?? rep.link ?? undefined,
    contentHtml: rep.contentHtml,
    summary: rep.summary,
    author: rep.author ?? undefined,
    language: rep.language ?? undefined,
    publishedAt: rep.publishedAt,
  };
}

/**
 * Story views from the rows the feed queries read (any backend): members grouped by story, the
 * representative first; a story without members is left out.
 */
export function assembleStories(
  stories: readonly StoryRow[],
  memberRows: readonly MemberRow[],
  topics: ReadonlyMap<number, string[]>,
): StoryView[] {
  const members = new Map<number, MemberRow[]>();
  for (const row of memberRows)
    members.set(row.storyId, [...(members.get(row.storyId) ?? []), row]);
  return stories.flatMap(
    (story) => toView(story, members.get(story.id) ?? [], topics.get(story.id) ?? []) ?? [],
  );
}

/** One page of a topic's stories, newest first, each with its members (representative first). */
export function readStories(db: Db, query: StoryQuery): StoryView[] {
  const stories = selectStoryRows(db, query);
  const ids = stories.map((story) => story.id);
  return attachClaims(db, assembleStories(stories, selectMembers(db, ids), selectTopics(db, ids)));
}

export function readStory(db: Db, storyId: number): StoryView | undefined {
  const story = db
    .prepare(`SELECT id, guid, created_at AS createdAt, updated_at AS updatedAt,
    representative_entry_id AS representativeId FROM stories WHERE id = ?`)
    .get(storyId) as StoryRow | undefined;
  if (!story) return undefined;
  const view = toView(
    story,
    selectMembers(db, [story.id]),
    selectTopics(db, [story.id]).get(story.id) ?? [],
  );
  return view === undefined ? undefined : attachClaims(db, [view])[0];
}

/** The row id of the story a user named by its numeric id or its GUID (`urn:uuid:…`). */
export function findStoryId(db: Db, idOrGuid: string): number | undefined {
  const ref = idOrGuid.trim();
  const row = /^\d+$/.test(ref)
    ? db.prepare('SELECT id FROM stories WHERE id = ?').get(Number(ref))
    : db.prepare('SELECT id FROM stories WHERE guid = ?').get(ref);
  return (row as { id: number } | undefined)?.id;
}

export function countStories(db: Db, topic: string): number {
  if (topic === 'all')
    return (
      db
        .prepare('SELECT count(*) AS n FROM stories WHERE representative_entry_id IS NOT NULL')
        .get() as { n: number }
    ).n;
  return (
    db.prepare('SELECT count(*) AS n FROM story_topics WHERE topic_id = ?').get(topic) as {
      n: number;
    }
  ).n;
}

/**
 * One page of a topic's stories, newest first, and whether an older page follows (one row more
 * is read than the page holds). `limit` 0 reads every story.
 */
export function readTopicPage(
  db: Db,
  { topic, limit, page = 1 }: { topic: string; limit: number; page?: number },
): { stories: StoryView[]; hasNext: boolean } {
  if (limit === 0) return { stories: readStories(db, { topic, limit: -1 }), hasNext: false };
  const rows = readStories(db, { topic, limit: limit + 1, offset: (page - 1) * limit });
  return { stories: rows.slice(0, limit), hasNext: rows.length > limit };
}
