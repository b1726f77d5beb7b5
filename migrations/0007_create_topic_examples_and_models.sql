-- Entries a user labelled as belonging (label 1) or not (label 0) to a topic (`topics teach`).
-- The entry is known by its identity in its source (source_id, entry_key = entries.key), and its
-- title and text are kept as they were labelled, so an example outlives the entry's retention.
-- story_id is the entry's story when it was labelled: copies of one story stay in one fold when
-- `topics eval` cross-validates.
CREATE TABLE topic_examples (
  topic_id TEXT NOT NULL,
  source_id TEXT NOT NULL,
  entry_key TEXT NOT NULL,
  label INTEGER NOT NULL CHECK (label IN (0, 1)),
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  story_id INTEGER,
  labelled_at TEXT NOT NULL,
  PRIMARY KEY (topic_id, source_id, entry_key)
);

-- The weights each topic last learned from its examples, and a hash of everything they were
-- learned from (the definition, the example file, the taught labels): a start whose inputs hash
-- the same reuses them instead of measuring every example again.
CREATE TABLE topic_models (
  topic_id TEXT PRIMARY KEY,
  input_hash TEXT NOT NULL,
  weights TEXT NOT NULL,
  examples INTEGER NOT NULL,
  positives INTEGER NOT NULL,
  learned_at TEXT NOT NULL
);
