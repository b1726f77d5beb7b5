import type { Config } from '../config/config.js';
import type { NormalizedEntry } from '../model/entry.js';
import { findEntryByKey, touchEntry, updateEntry } from '../store/entry-repo.js';
import type { Db } from '../store/open-database.js';
import { refreshStory, replaceEntryTopics } from '../store/story-repo.js';
import { touchTombstone } from '../store/touch-tombstone.js';
import { classifyForStore } from './classify-for-store.js';
import { placeEntry } from './place-entry.js';
import { retentionCutoff } from './prune-source.js';

export interface IngestCounts {
  newEntries: number;
  updatedEntries: number;
  /** Topics whose feeds changed (always includes `all` when anything changed). */
  changedTopics: Set<string>;
}

/**
 * Stores one source's entries: a new key becomes a member of an existing or a new story, a
 * changed entry is updated in place, an unchanged one only touched; a new key already past
 * retention is not stored, and one removed by retention (tombstoned) does not come back.
 * Call inside a transaction.
 */
export function ingestEntries(
  db: Db,
  config: Config,
  entries: readonly NormalizedEntry[],
  now: Date,
): IngestCounts {
  const counts: IngestCounts = { newEntries: 0, updatedEntries: 0, changedTopics: new Set() };
  const cutoff = retentionCutoff(config, now)?.toISOString();
  for (const entry of entries) {
    const known = findEntryByKey(db, entry.sourceId, entry.key);
    if (known && known.contentHash === entry.contentHash) {
      touchEntry(db, known.id, now);
      continue;
    }
    if (!known && cutoff && entry.hasFeedDate && entry.publishedAt < cutoff) continue;
    if (!known && touchTombstone(db, entry.sourceId, entry.key, now)) continue;
    const matches = classifyForStore(entry, config.topics);
    let storyId: number;
    if (known) {
      updateEntry(db, known.id, entry, now);
      replaceEntryTopics(db, known.id, matches);
      storyId = known.storyId;
      counts.updatedEntries++;
    } else {
      const placed = placeEntry(db, entry, config.stories.windowMs, now);
      replaceEntryTopics(db, placed.entryId, matches);
      storyId = placed.storyId;
      counts.newEntries++;
    }
    refreshStory(db, storyId, now, true);
    counts.changedTopics.add('all');
    for (const match of matches) counts.changedTopics.add(match.topicId);
  }
  return counts;
}
