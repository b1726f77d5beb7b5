export { type BackfillOptions, backfillStoryClaims } from './backfill-story-claims.js';
export { computeProvenance, type StoryProvenance } from './compute-provenance.js';
export type { ProvenanceMember } from './read-claims.js';
export {
  computeStoryClaims,
  readClaimReading,
  refreshStoryClaims,
} from './refresh-story-claims.js';
