import type { Db } from './database.js';

/** A stored entry as `topics teach` names it: by id, or by its guid, url or link. */
export interface EntryReference {
  id: number;
  sourceId: string;
  key: string;
  title: string;
  text: string;
  storyId: number;
}

/** A label recorded by `topics teach`, with the entry's text as it was labelled. */
export interface TopicExampleRow {
  topicId: string;
  sourceId: string;
  entryKey: string;
  label: boolean;
  title: string;
  text: string;
  storyId: number | null;
  labelledAt: string;
  /** The entry's id while it is still stored (retention may have removed it since). */
  entryId: number | null;
}

/**
 * The stored entries a reference names: `123` or `#123` is an entry id; anything else is matched
 * against guids, canonical urls and links (one reference may name copies in several sources).
 */
export function findEntriesByReference(db: Db, reference: string): EntryReference[] {
  const columns =
    'id, source_id AS sourceId, key, title, text, story_id AS storyId FROM entries WHERE';
  const id = /^#?(\d+)$/u.exec(reference.trim());
  if (id) return db.prepare(`SELECT ${columns} id = ?`).all(Number(id[1])) as EntryReference[];
  return db
    .prepare(`SELECT ${columns} guid = @ref OR url = @ref OR link = @ref ORDER BY id`)
    .all({ ref: reference.trim() }) as EntryReference[];
}

/** Every member of a story, as `topics teach` labels them together (copies of one news story). */
export function findStoryMembers(db: Db, storyId: number): EntryReference[] {
  return db
    .prepare(`SELECT id, source_id AS sourceId, key, title, text, story_id AS storyId FROM entries
      WHERE story_id = ? ORDER BY id`)
    .all(storyId) as EntryReference[];
}

/** Records (or changes) one label; the entry's current title and text are kept with it. */
export function saveTopicExample(
  db: Db,
  topicId: string,
  entry: EntryReference,
  label: boolean,
  now: Date,
): void {
  db.prepare(`INSERT INTO topic_examples
      (topic_id, source_id, entry_key, label, title, text, story_id, labelled_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (topic_id, source_id, entry_key) DO UPDATE SET label = excluded.label,
      title = excluded.title, text = excluded.text, story_id = excluded.story_id,
      labelled_at = excluded.labelled_at`).run(
    topicId,
    entry.sourceId,
    entry.key,
    label ? 1 : 0,
    entry.title,
    entry.text,
    entry.storyId,
    now.toISOString(),
  );
}

/** A stamp that changes whenever a label is recorded, changed or removed (cheap to read often). */
export function readTopicExampleStamp(db: Db): string {
  const row = db
    .prepare(`SELECT count(*) AS n, ifnull(max(labelled_at), '') AS latest, ifnull(sum(label), 0) AS yes
      FROM topic_examples`)
    .get() as { n: number; latest: string; yes: number };
  return `${row.n} ${row.yes} ${row.latest}`;
}

/** Removes one label; true when there was one. */
export function forgetTopicExample(db: Db, topicId: string, entry: EntryReference): boolean {
  return (
    db
      .prepare('DELETE FROM topic_examples WHERE topic_id = ? AND source_id = ? AND entry_key = ?')
      .run(topicId, entry.sourceId, entry.key).changes > 0
  );
}

/** Every recorded label (of one topic, or of all), oldest first. */
export function listTopicExamples(db: Db, topicId?: string): TopicExampleRow[] {
  const rows = db
    .prepare(`SELECT x.topic_id AS topicId, x.source_id AS sourceId, x.entry_key AS entryKey,
        x.label, x.title, x.text, x.story_id AS storyId, x.labelled_at AS labelledAt,
        e.id AS entryId
      FROM topic_examples x LEFT JOIN entries e ON e.source_id = x.source_id AND e.key = x.entry_key
      WHERE @topic IS NULL OR x.topic_id = @topic
      ORDER BY x.labelled_at, x.topic_id, x.source_id, x.entry_key`)
    .all({ topic: topicId ?? null }) as (Omit<TopicExampleRow, 'label'> & { label: number })[];
  return rows.map((row) => ({ ...row, label: row.label === 1 }));
}

/** The weights a topic learned, with the hash of what it learned them from. */
export interface TopicModelRow {
  inputHash: string;
  weights: Record<string, number>;
  examples: number;
  positives: number;
}

/** The topic's last learned weights, if any. */
export function readTopicModel(db: Db, topicId: string): TopicModelRow | undefined {
  const row = db
    .prepare(`SELECT input_hash AS inputHash, weights, examples, positives FROM topic_models
      WHERE topic_id = ?`)
    .get(topicId) as (Omit<TopicModelRow, 'weights'> & { weights: string }) | undefined;
  return row ? { ...row, weights: JSON.parse(row.weights) as Record<string, number> } : undefined;
}

/** Keeps what a topic learned, replacing what it learned before. */
export function writeTopicModel(db: Db, topicId: string, model: TopicModelRow, now: Date): void {
  db.prepare(`INSERT INTO topic_models (topic_id, input_hash, weights, examples, positives, learned_at)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (topic_id) DO UPDATE SET input_hash = excluded.input_hash,
      weights = excluded.weights, examples = excluded.examples, positives = excluded.positives,
      learned_at = excluded.learned_at`).run(
    topicId,
    model.inputHash,
    JSON.stringify(model.weights),
    model.examples,
    model.positives,
    now.toISOString(),
  );
}
