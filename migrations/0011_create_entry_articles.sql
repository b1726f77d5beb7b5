-- The article page behind each new entry of a full-text source (sources[].full_text), fetched
-- once: whether it was read ('ok') or not ('failed', with the error), and what was extracted.
-- Keyed like the entry and removed with it (retention). The extracted text is what clustering,
-- topics and search read for the entry; content_html is served only with full_text_serve.
CREATE TABLE entry_articles (
  source_id TEXT NOT NULL,
  key TEXT NOT NULL,
  url TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  http_status INTEGER,
  final_url TEXT,
  error TEXT,
  content_html TEXT,
  text TEXT,
  word_count INTEGER,
  fetched_at TEXT NOT NULL,
  duration_ms INTEGER NOT NULL,
  PRIMARY KEY (source_id, key),
  FOREIGN KEY (source_id, key) REFERENCES entries (source_id, key) ON DELETE CASCADE
) WITHOUT ROWID;
