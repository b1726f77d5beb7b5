import {
  type ClusterInput,
  type FingerprintFeatures,
  fingerprintEntry,
} from '../../src/clusterer/fingerprint-entry.js';

/** A made-up entry for tests: the fields a test does not care about get neutral values. */
export function makeEntry(fields: Partial<ClusterInput> & { text: string }): ClusterInput {
  return {
    title: 'Untitled',
    publishedAt: '2025-03-10T09:00:00Z',
    contentHash: `hash-of-${fields.title ?? ''}-${fields.text.length}`,
    ...fields,
  };
}

/** The fingerprint features of a made-up entry of `title` and `text` (in `language`, if given). */
export function featuresOf(title: string, text: string, language?: string): FingerprintFeatures {
  return fingerprintEntry(makeEntry({ title, text, ...(language ? { language } : {}) })).features;
}
