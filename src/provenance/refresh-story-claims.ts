import {
  type ClaimReading,
  type ClaimSource,
  type Db,
  readClaimSources,
  saveClaimReadings,
  saveStoryClaims,
} from '../store/index.js';
import { computeProvenance } from './compute-provenance.js';
import { type MemberReading, readMember } from './read-claims.js';
import { decodeReading, encodeReading } from './reading-codec.js';

/**
 * Recomputes and stores a story's provenance after a member joined, changed or left: the one
 * place ingest and retention call. Each member's reading is stored by its content hash, so only
 * new or changed members are read again. Call inside the transaction that changed the story.
 */
export function refreshStoryClaims(db: Db, storyId: number, now: Date): void {
  const fresh: ClaimReading[] = [];
  const read = (member: ClaimSource): MemberReading => {
    const stored = member.reading === undefined ? undefined : decodeReading(member.reading);
    if (stored !== undefined) return stored;
    const reading = readMember(member);
    fresh.push({
      entryId: member.entryId,
      contentHash: member.contentHash,
      reading: encodeReading(reading),
    });
    return reading;
  };
  saveStoryClaims(db, storyId, computeProvenance(readClaimSources(db, storyId), read), now);
  saveClaimReadings(db, fresh);
}
