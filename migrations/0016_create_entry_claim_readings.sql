-- Provenance: each member's reading (its quotes, names and numbers with their cross-language
-- keys, and the vocabulary other members' claims are looked up in), stored so that a story's
-- recompute reads only the copies that are new or changed. `reading` is JSON written and read by
-- src/provenance (it carries its own format version); a row whose content_hash is not the entry's
-- current one is stale and read again.
CREATE TABLE entry_claim_readings (
  entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  reading TEXT NOT NULL
);
