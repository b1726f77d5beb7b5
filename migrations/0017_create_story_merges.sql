-- Stories folded into another: an entry that agreed with two stories showed they were one, and
-- the newer was merged into the older (its entries moved, its row deleted). story_id is the
-- merged-away story (no foreign key: its row is gone); its page redirects to into_story_id, the
-- story it now lives in (rows are re-pointed when that story is merged in turn, and dropped with
-- it when retention removes it). A new story never takes the id of a recorded merged-away one.
-- Pollers read the merges after the last one they applied, by id.
CREATE TABLE story_merges (
  id INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL,
  into_story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  merged_at TEXT NOT NULL
);
CREATE INDEX story_merges_by_story ON story_merges (story_id);
CREATE INDEX story_merges_by_into ON story_merges (into_story_id);
