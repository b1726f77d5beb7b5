-- The clusterer's fingerprint of each entry, and the inverted index of its candidate keys.
CREATE TABLE entry_fingerprints (
  entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
  features TEXT NOT NULL
);

CREATE TABLE entry_keys (
  key TEXT NOT NULL,
  entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  published_at TEXT NOT NULL,
  PRIMARY KEY (key, entry_id)
) WITHOUT ROWID;
CREATE INDEX entry_keys_by_key_published ON entry_keys (key, published_at);
CREATE INDEX entry_keys_by_entry ON entry_keys (entry_id);
