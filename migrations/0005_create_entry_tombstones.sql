-- Keys of entries removed by retention, so a feed that still carries them does not bring them
-- back as new. seen_at moves while a feed still carries the key; a tombstone not seen for the
-- retention period is removed in turn.
CREATE TABLE entry_tombstones (
  source_id TEXT NOT NULL,
  key TEXT NOT NULL,
  pruned_at TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (source_id, key)
) WITHOUT ROWID;
CREATE INDEX entry_tombstones_by_seen ON entry_tombstones (seen_at);
