-- The /search index on PostgreSQL: each entry's title and text as the classifier's folded words
-- (lower case, NFKD, diacritics dropped, ё→е, і→и, Latin look-alikes inside Cyrillic words mapped
-- to Cyrillic). No text search configuration folds that way (`simple` only lowers case, so
-- `палітвязн*` would miss `палітвязні`), so topicfeed folds the words itself and writes them as a
-- tsvector (title words weight A, body words weight D, one position apart so a phrase never spans
-- the two), as SQLite's FTS5 index holds the same words. A search brings the index up to date with
-- the entries new or changed since (content_hash), then asks it for candidates with a tsquery; the
-- classifier decides on the candidates. Rows leave with their entry.
CREATE TABLE entry_search (
  entry_id BIGINT PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  document TSVECTOR NOT NULL
);
CREATE INDEX entry_search_by_document ON entry_search USING GIN (document);
