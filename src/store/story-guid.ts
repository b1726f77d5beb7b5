import { createHash } from 'node:crypto';

/** A name-based UUID (v5 layout over SHA-1) for the story founded by one entry: stable, opaque. */
export function makeStoryGuid(sourceId: string, entryKey: string): string {
  const hex = createHash('sha1').update(`topicfeed:story:${sourceId}\n${entryKey}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
