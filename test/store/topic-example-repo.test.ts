import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/database.js';
import {
  findEntriesByReference,
  findStoryMembers,
  forgetTopicExample,
  listTopicExamples,
  readTopicExampleStamp,
  readTopicModel,
  saveTopicExample,
  writeTopicModel,
} from '../../src/store/topic-example-repo.js';
import { dropTopic } from '../../src/store/topic-repo.js';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../migrations');
const T0 = '2025-05-01T12:00:00.000Z';

function addEntry(db: Database.Database, id: number, storyId: number, guid: string): void {
  db.prepare(
    `INSERT OR IGNORE INTO stories (id, guid, published_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(storyId, `story-${storyId}`, T0, T0, T0);
  db.prepare(
    `INSERT INTO entries (id, source_id, key, guid, url, title, content_html, text, summary,
      published_at, has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
     VALUES (?, 'src', ?, ?, ?, ?, '', ?, '', ?, 1, ?, ?, ?, ?)`,
  ).run(
    id,
    `key-${id}`,
    guid,
    `https://example.org/${id}`,
    `Title ${id}`,
    `Text ${id}`,
    T0,
    `h${id}`,
    T0,
    T0,
    storyId,
  );
}

describe('taught topic examples', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    db.prepare(
      "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('src', 'x', 'x', 1)",
    ).run();
    addEntry(db, 1, 10, 'guid-1');
    addEntry(db, 2, 10, 'guid-2');
    addEntry(db, 3, 20, 'guid-3');
  });

  it('finds an entry by id (with or without #), guid or url, and the members of its story', () => {
    expect(findEntriesByReference(db, '1').map((e) => e.id)).toEqual([1]);
    expect(findEntriesByReference(db, '#3').map((e) => e.id)).toEqual([3]);
    expect(findEntriesByReference(db, 'guid-2')).toEqual([
      { id: 2, sourceId: 'src', key: 'key-2', title: 'Title 2', text: 'Text 2', storyId: 10 },
    ]);
    expect(findEntriesByReference(db, ' https://example.org/3 ').map((e) => e.id)).toEqual([3]);
    expect(findEntriesByReference(db, 'nothing')).toEqual([]);
    expect(findStoryMembers(db, 10).map((e) => e.id)).toEqual([1, 2]);
  });

  it('records a label with the text, changes it, forgets it, and moves the stamp each time', () => {
    const [entry] = findEntriesByReference(db, '1');
    if (!entry) throw new Error('no entry');
    const stamps = [readTopicExampleStamp(db)];
    saveTopicExample(db, 'pp', entry, true, new Date(T0));
    stamps.push(readTopicExampleStamp(db));
    expect(listTopicExamples(db)).toEqual([
      {
        topicId: 'pp',
        sourceId: 'src',
        entryKey: 'key-1',
        label: true,
        title: 'Title 1',
        text: 'Text 1',
        storyId: 10,
        labelledAt: T0,
        entryId: 1,
      },
    ]);
    saveTopicExample(db, 'pp', entry, false, new Date('2025-05-02T00:00:00Z'));
    stamps.push(readTopicExampleStamp(db));
    expect(listTopicExamples(db, 'pp').map((row) => row.label)).toEqual([false]);
    expect(listTopicExamples(db, 'other')).toEqual([]);
    expect(forgetTopicExample(db, 'pp', entry)).toBe(true);
    expect(forgetTopicExample(db, 'pp', entry)).toBe(false);
    stamps.push(readTopicExampleStamp(db));
    // Each change moves the stamp; forgetting the last label is the empty store again.
    expect(stamps.slice(1).every((stamp, i) => stamp !== stamps[i])).toBe(true);
    expect(stamps[3]).toBe(stamps[0]);
  });

  it('keeps a label (and its text) after retention removed the entry, and after the topic went', () => {
    const [entry] = findEntriesByReference(db, '3');
    if (!entry) throw new Error('no entry');
    saveTopicExample(db, 'pp', entry, true, new Date(T0));
    db.prepare('DELETE FROM entries WHERE id = 3').run();
    dropTopic(db, 'pp');
    expect(listTopicExamples(db)).toMatchObject([{ entryId: null, title: 'Title 3', label: true }]);
  });

  it('keeps the weights a topic learned under the hash of its inputs, until the topic goes', () => {
    expect(readTopicModel(db, 'pp')).toBeUndefined();
    const model = {
      inputHash: 'abc',
      weights: { query: 0.5, charge: 0.7 },
      examples: 9,
      positives: 3,
    };
    writeTopicModel(db, 'pp', model, new Date(T0));
    expect(readTopicModel(db, 'pp')).toEqual(model);
    writeTopicModel(db, 'pp', { ...model, inputHash: 'def' }, new Date(T0));
    expect(readTopicModel(db, 'pp')?.inputHash).toBe('def');
    dropTopic(db, 'pp');
    expect(readTopicModel(db, 'pp')).toBeUndefined();
  });
});
