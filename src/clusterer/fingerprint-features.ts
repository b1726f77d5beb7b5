/** What the clusterer keeps of an entry to compare it with later ones. JSON-serialisable. */
export interface FingerprintFeatures {
  /** URL skeleton (host and path, see skeletonizeUrl); '' when none. */
  url: string;
  contentHash: string;
  language?: string;
  publishedAt: string;
  /** Canonical numbers of the title: copies do not contradict each other's headline numbers. */
  titleNumbers: string[];
  /** Stemmed content words of the title. */
  titleTokens: string[];
  /** Entity skeletons (script-independent), most frequent first. */
  entities: string[];
  /** Canonical numbers, years left out. */
  numbers: string[];
  /** Hashes of 4-word shingles of verbatim quotes. */
  quotes: string[];
  /** MinHash of the text's word 4-shingles; empty for very short texts. */
  minHash: number[];
  /** Words of the text (capped): a MinHash of a few words proves little. */
  textWords: number;
}
