-- The /search index on PostgreSQL: each entry's title and text as the classifier's folded words
-- (lower case, NFKD, diacritics dropped, ё→е, і→и, Latin look-alikes inside Cyrillic words mapped
-- to Cyrillic). No text search configuration folds that way (`simple` only lowers case, so
-- `палітвязн*` would miss `палітвязні`), so topicfeed folds the words itself and writes them as a
-- tsvector (title words weight A, body words weight D, one position apart so a phrase never spans
-- the two), as SQLite's FTS5 index holds the same words. The classifier decides on the candidates
-- the index offers.
CREATE TABLE entry_search (
  entry_id BIGINT PRIMARY KEY,
  document TSVECTOR NOT NULL
);
CREATE INDEX entry_search_by_document ON entry_search USING GIN (document);

-- The entries to (re)index: marked by the triggers below when an entry is stored or its title or
-- text changes, taken by the searches (FOR UPDATE SKIP LOCKED, so servers searching at once split
-- them) and removed once indexed. A search costs the entries changed since, not a scan of all.
-- No foreign keys: the delete trigger removes both rows, and a search never waits on a lock a
-- poller holds (a poller marking an entry a search is indexing waits for that search instead).
CREATE TABLE entry_search_pending (
  entry_id BIGINT PRIMARY KEY,
  marked_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION mark_entry_for_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- DO UPDATE (not DO NOTHING): when a search holds the mark, wait for it, then mark again.
  INSERT INTO entry_search_pending (entry_id) VALUES (NEW.id)
    ON CONFLICT (entry_id) DO UPDATE SET marked_at = excluded.marked_at;
  RETURN NULL;
END $$;

CREATE FUNCTION forget_entry_for_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM entry_search_pending WHERE entry_id = OLD.id;
  DELETE FROM entry_search WHERE entry_id = OLD.id;
  RETURN NULL;
END $$;

CREATE TRIGGER entries_search_insert AFTER INSERT ON entries
  FOR EACH ROW EXECUTE FUNCTION mark_entry_for_search();
CREATE TRIGGER entries_search_update AFTER UPDATE OF title, text ON entries
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.text IS DISTINCT FROM NEW.text)
  EXECUTE FUNCTION mark_entry_for_search();
CREATE TRIGGER entries_search_delete AFTER DELETE ON entries
  FOR EACH ROW EXECUTE FUNCTION forget_entry_for_search();

INSERT INTO entry_search_pending (entry_id) SELECT id FROM entries;
