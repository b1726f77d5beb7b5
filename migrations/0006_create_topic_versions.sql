-- The definition hash of each configured topic the stored classification was computed with;
-- a topic whose hash changed (or that is new) is reclassified over every stored entry at start.
CREATE TABLE topic_versions (
  topic_id TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  classified_at TEXT NOT NULL
);
