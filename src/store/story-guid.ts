import { createHash } from 'node:crypto';

/** The entry that founds a story, and when: together they name the story for good. */
export interface StoryFounder {
  sourceId: string;
  key: string;
  createdAt: string;
}

/**
 * A name-based UUID (v5 layout over SHA-1) for the story one entry founds at one instant. An entry
 * key is unique in the store while the entry lives, so (founder, creation time) never repeats: a
 * key founding again after its entry was pruned gets a new GUID, never an old story's.
 */
export function makeStoryGuid(founder: StoryFounder): string {
  const name = `topicfeed:story:${founder.sourceId}\n${founder.key}\n${founder.createdAt}`;
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
