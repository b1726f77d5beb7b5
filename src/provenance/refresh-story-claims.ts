import { type Db, readClaimSources, saveStoryClaims } from '../store/index.js';
import { computeProvenance } from './compute-provenance.js';

/**
 * Recomputes and stores a story's provenance after a member joined or changed: the one place
 * ingest calls. Call inside the transaction that changed the story.
 */
export function refreshStoryClaims(db: Db, storyId: number, now: Date): void {
  saveStoryClaims(db, storyId, computeProvenance(readClaimSources(db, storyId)), now);
}
