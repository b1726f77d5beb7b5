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
import {
  type MemberReading,
  type ProvenanceMember,
  readMember,
  readMemberForStore,
} from './read-claims.js';
import { decodeReading, encodeReading } from './reading-codec.js';

/**
 * A story's provenance from its members (as readClaimSources gives them), and the readings made
 * for members whose stored reading was missing or stale, to store. Pure: the store's I/O is the
 * caller's (refreshStoryClaims on SQLite, the ingest orchestrator on any store). `words` caches
 * word keys across calls (see readMember): one map for a poll's stories. `kept` holds readings made
 * before (readClaimReading, in the parse job) by entry id: used, and stored, when made from the
 * member's current content; stored too for a member nothing was compared with (a story's founder).
 */
export function computeStoryClaims(
  members: readonly ClaimSource[],
  words: Map<string, string[]> = new Map(),
  kept?: ReadonlyMap<number, ClaimReading>,
): {
  claims: StoredClaims;
  fresh: ClaimReading[];
} {
  const fresh: ClaimReading[] = [];
  const read = (member: ClaimSource): MemberReading => {
    const stored = member.reading === undefined ? undefined : decodeReading(member.reading);
    if (stored !== undefined) return stored;
    const made = keptFor(member, kept);
    const prepared = made === undefined ? undefined : decodeReading(made.reading);
    if (made && prepared !== undefined) {
      fresh.push(made);
      return prepared;
    }
    const reading = readMember(member, undefined, words);
    fresh.push({
      entryId: member.entryId,
      contentHash: member.contentHash,
      reading: encodeReading(reading),
    });
    return reading;
  };
  const claims = computeProvenance(members, read);
  // A member not compared (a story's only member, its founder) keeps the reading made for it:
  // when a copy joins in a later poll, the founder is decoded, not read again.
  const done = new Set(fresh.map((reading) => reading.entryId));
  for (const member of members) {
    const made = member.reading === undefined ? keptFor(member, kept) : undefined;
    if (made !== undefined && !done.has(member.entryId)) fresh.push(made);
  }
  return { claims, fresh };
}

/** The reading made before for the member's current content, if any. */
function keptFor(
  member: ClaimSource,
  kept: ReadonlyMap<number, ClaimReading> | undefined,
): ClaimReading | undefined {
  const made = kept?.get(member.entryId);
  return made?.contentHash === member.contentHash ? made : undefined;
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

/**
 * One member's reading, encoded as stored: what computeStoryClaims reads when nothing is stored
 * (the entry id plays no part in it). Made where the entry is parsed, and handed back as `kept`.
 */
export function readClaimReading(member: ProvenanceMember, words?: Map<string, string[]>): string {
  return encodeReading(readMemberForStore(member, undefined, words));
}
