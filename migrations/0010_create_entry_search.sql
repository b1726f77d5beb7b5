-- The /search index: each entry's title and text as folded tokens (the classifier's folding,
-- done by topicfeed, joined by spaces), so FTS5 finds candidates and the classifier decides.
CREATE VIRTUAL TABLE entry_search USING fts5 (
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- Which entries the index holds, and for which content: a changed hash means re-index.
CREATE TABLE entry_search_docs (
  entry_id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL
);
