import {
  type ClaimReading,
  type ClaimSource,
  type Db,
  readClaimSources,
  type StoredClaims,
  saveClaimReadings,
  saveStoryClaims,
} from '../store/index.js';
import { computeProvenance } from './compute-provenance.js';
import { type MemberReading, readMember } from './read-claims.js';
import { decodeReading, encodeReading } from './reading-codec.js';

/**
 * A story's provenance from its members (as readClaimSources gives them), and the readings made
 * for members whose stored reading was missing or stale, to store. Pure: the store's I/O is the
 * caller's (refreshStoryClaims on SQLite, the ingest orchestrator on any store). `words` caches
 * word keys across calls (see readMember): one map for a poll's stories.
 */
export function computeStoryClaims(
  members: readonly ClaimSource[],
  words: Map<string, string[]> = new Map(),
): {
  claims: StoredClaims;
  fresh: ClaimReading[];
} {
  const fresh: ClaimReading[] = [];
  const read = (member: ClaimSource): MemberReading => {
    const stored = member.reading === undefined ? undefined : decodeReading(member.reading);
    if (stored !== undefined) return stored;
    const reading = readMember(member, undefined, words);
    fresh.push({
      entryId: member.entryId,
      contentHash: member.contentHash,
      reading: encodeReading(reading),
    });
    return reading;
  };
  return { claims: computeProvenance(members, read), fresh };
}

/**
 * Recomputes and stores a story's provenance after a member joined, changed or left: the one
 * place ingest and retention call. Each member's reading is stored by its content hash, so only
 * new or changed members are read again. Call inside the transaction that changed the story.
 */
export function refreshStoryClaims(db: Db, storyId: number, now: Date): void {
  const { claims, fresh } = computeStoryClaims(readClaimSources(db, storyId));
  saveStoryClaims(db, storyId, claims, now);
  saveClaimReadings(db, fresh);
}
