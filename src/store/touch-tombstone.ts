import type { Db } from './database.js';

/** True when retention removed the entry (source_id, key); then marks its tombstone as seen. */
export function touchTombstone(db: Db, sourceId: string, key: string, now: Date): boolean {
  const result = db
    .prepare('UPDATE entry_tombstones SET seen_at = ? WHERE source_id = ? AND key = ?')
    .run(now.toISOString(), sourceId, key);
  return result.changes > 0;
}
