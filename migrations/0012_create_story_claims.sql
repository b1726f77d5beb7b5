-- Provenance: what each member of a story claims alone (quotes, names, numbers) and what all
-- members share, recomputed whenever a member joins or changes. `claims` is JSON:
-- {"members": {"<entry id>": {"quotes": [], "names": [], "numbers": []}}, "shared": {…}}.
CREATE TABLE story_claims (
  story_id INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  claims TEXT NOT NULL,
  computed_at TEXT NOT NULL
);
