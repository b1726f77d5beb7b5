import {
  foldDocument,
  type PackedFoldedDocument,
  packFoldedDocument,
} from '../classifier/index.js';
import {
  type Fingerprint,
  type FingerprintFeatures,
  fingerprintEntry,
} from '../clusterer/index.js';
import type { NormalizedEntry } from '../model/index.js';
import { readClaimReading } from '../provenance/index.js';

/**
 * What the store step needs of a new or changed entry that depends on the entry alone, computed
 * in the parse job so the main thread only chooses the story, writes and classifies: the
 * clusterer's fingerprint (fingerprintEntry), provenance's reading of the entry, encoded as
 * stored (readClaimReading), and the classifier's folded words (foldDocument). Plain data: it
 * crosses the thread boundary by structured clone.
 */
export interface EntryPreparation {
  fingerprint: EncodedFingerprint;
  /**
   * The member's reading as entry_claim_readings stores it, for its `contentHash`; absent for a
   * text over MAX_READ_TEXT_CHARS (read on the main thread if its story needs it).
   */
  reading?: string;
  /** The entry's words folded for topic matching (packFoldedDocument). */
  document: PackedFoldedDocument;
}

/**
 * A fingerprint as it crosses from the worker: its candidate keys, and its features as the JSON
 * the store keeps, made once in the worker. Cloning a string is a copy, where cloning the
 * features object (dozens of small arrays) cost more on the main thread than parsing its JSON,
 * which the store then needed anyway.
 */
export interface EncodedFingerprint {
  keys: string[];
  /** JSON.stringify of the fingerprint's features: the stored entry_fingerprints.features. */
  features: string;
}

/** The fingerprint as placing needs it: the features parsed back (JSON keeps them whole). */
export function decodeFingerprint(encoded: EncodedFingerprint): Fingerprint {
  return { keys: encoded.keys, features: JSON.parse(encoded.features) as FingerprintFeatures };
}

/**
 * Longer texts are not read for provenance in the job: a reading is about 2.4 times its text,
 * held by the poll until its claims step, and used only if the entry's story has another member.
 */
export const MAX_READ_TEXT_CHARS = 8_000;

/** An entry and what was prepared for it (absent when preparing it failed: the main thread does it). */
export interface PreparedEntry {
  entry: NormalizedEntry;
  preparation?: EntryPreparation;
}

/**
 * The entry's preparation, with the same functions the main thread would call on it (the result
 * is the same wherever it runs). `words` caches word keys across the entries of one job.
 * Undefined when either throws: the entry still goes through, prepared again where it is stored
 * (and fails there, with its stage's error, if the failure is real).
 */
export function prepareEntry(
  entry: NormalizedEntry,
  words: Map<string, string[]>,
): EntryPreparation | undefined {
  try {
    const { keys, features } = fingerprintEntry(entry);
    const fingerprint = { keys, features: JSON.stringify(features) };
    const document = packFoldedDocument(foldDocument(entry));
    if (entry.text.length > MAX_READ_TEXT_CHARS) return { fingerprint, document };
    const member = { entryId: 0, sourceId: entry.sourceId, title: entry.title, text: entry.text };
    const reading = readClaimReading({ ...member, ...language(entry) }, words);
    return { fingerprint, reading, document };
  } catch {
    return undefined;
  }
}

function language(entry: NormalizedEntry): { language?: string } {
  return entry.language === undefined ? {} : { language: entry.language };
}

/**
 * The entries of a parse job and, keyed by the entry object, what was prepared for them. An entry
 * a later step replaces (an article's text applied makes a new object) is not found in it, so a
 * preparation never outlives the text it was made from.
 */
export function splitPrepared(prepared: readonly PreparedEntry[]): {
  entries: NormalizedEntry[];
  preparations: WeakMap<NormalizedEntry, EntryPreparation>;
} {
  const preparations = new WeakMap<NormalizedEntry, EntryPreparation>();
  const entries = prepared.map(({ entry, preparation }) => {
    if (preparation) preparations.set(entry, preparation);
    return entry;
  });
  return { entries, preparations };
}
