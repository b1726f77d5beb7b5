-- A story is one news event; its members are the entries (copies) from every source.
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  representative_entry_id INTEGER,
  published_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX stories_by_published ON stories (published_at DESC, id DESC);

-- The topics a story is in (the union of its members' topics), kept for fast feed queries.
CREATE TABLE story_topics (
  topic_id TEXT NOT NULL,
  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  published_at TEXT NOT NULL,
  PRIMARY KEY (topic_id, story_id)
);
CREATE INDEX story_topics_by_published ON story_topics (topic_id, published_at DESC, story_id DESC);
CREATE INDEX story_topics_by_story ON story_topics (story_id);
