import { FINGERPRINT_VERSION, fingerprintEntry, type StoryIndex } from './clusterer/index.js';
import { loadStoryWindowFrom } from './ingest/index.js';
import {
  type IngestStore,
  type PgPool,
  readPostgresFingerprintSources,
  savePostgresFingerprints,
  type WindowEntry,
} from './store/index.js';

/**
 * The story window on PostgreSQL, as loadStoryWindow builds it on SQLite: an entry whose stored
 * fingerprint is missing or of an older format is fingerprinted again from its entry, saved back
 * and added after the current ones (the index's order only matters for pruning), instead of
 * being left out of the window.
 */
export function loadPostgresStoryWindow(
  pool: PgPool,
  ingest: IngestStore,
  windowMs: number,
): Promise<StoryIndex> {
  const refreshing: IngestStore = {
    ...ingest,
    async forEachWindowEntry(request, visit) {
      const stale: WindowEntry[] = [];
      await ingest.forEachWindowEntry(request, (row) => {
        if (isCurrent(row.features)) visit(row);
        else stale.push(row);
      });
      for (const row of await refingerprint(pool, stale)) visit(row);
    },
  };
  return loadStoryWindowFrom(refreshing, windowMs);
}

function isCurrent(features: unknown): boolean {
  return (
    typeof features === 'object' &&
    features !== null &&
    (features as { version?: unknown }).version === FINGERPRINT_VERSION
  );
}

/** The stale rows with their entries fingerprinted again (and saved), in stored order. */
async function refingerprint(pool: PgPool, stale: readonly WindowEntry[]): Promise<WindowEntry[]> {
  if (stale.length === 0) return [];
  const byId = new Map(stale.map((row) => [row.entryId, row]));
  const fresh: WindowEntry[] = [];
  for (const source of await readPostgresFingerprintSources(pool, [...byId.keys()])) {
    const row = byId.get(source.entryId);
    if (row) fresh.push({ ...row, features: fingerprintEntry(source).features });
  }
  await savePostgresFingerprints(pool, fresh);
  return fresh;
}
