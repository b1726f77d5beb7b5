-- One row per entry of one source; (source_id, key) is its identity across polls.
CREATE TABLE entries (
  id INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources (id),
  key TEXT NOT NULL,
  guid TEXT,
  link TEXT,
  url TEXT,
  title TEXT NOT NULL,
  content_html TEXT NOT NULL,
  text TEXT NOT NULL,
  summary TEXT NOT NULL,
  author TEXT,
  language TEXT,
  categories TEXT NOT NULL DEFAULT '[]',
  published_at TEXT NOT NULL,
  has_feed_date INTEGER NOT NULL,
  updated_at TEXT,
  content_hash TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  story_id INTEGER NOT NULL REFERENCES stories (id),
  join_score REAL NOT NULL DEFAULT 1,
  join_signals TEXT NOT NULL DEFAULT '[]',
  UNIQUE (source_id, key)
);
CREATE INDEX entries_by_story ON entries (story_id);
CREATE INDEX entries_by_url ON entries (url);
CREATE INDEX entries_by_content_hash ON entries (content_hash);
CREATE INDEX entries_by_source ON entries (source_id, published_at DESC);

-- The topics one entry matched, with the score and the terms that matched.
CREATE TABLE entry_topics (
  entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  topic_id TEXT NOT NULL,
  score REAL NOT NULL,
  terms TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (entry_id, topic_id)
);
CREATE INDEX entry_topics_by_topic ON entry_topics (topic_id);
