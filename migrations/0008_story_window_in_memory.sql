-- Story placement now reads its candidates from an in-memory index of the story window (the
-- clusterer's StoryIndex), rebuilt at start from entry_fingerprints: the key table is no longer
-- read or written. Rebuilding reads the entries of the window by publication date.
DROP INDEX entry_keys_by_key_published;
DROP INDEX entry_keys_by_entry;
DROP TABLE entry_keys;
CREATE INDEX entries_by_published ON entries (published_at);
