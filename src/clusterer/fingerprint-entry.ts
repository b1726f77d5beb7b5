import { buildKeys } from './build-keys.js';
import type { FingerprintFeatures } from './fingerprint-features.js';
import { computeMinHash } from './min-hash.js';
import { skeletonizeUrl } from './skeletonize-url.js';
import {
  extractEntities,
  extractNumbers,
  extractQuoteShingles,
  extractTitleTokens,
  tokenizeWithSentenceStarts,
} from './text-features.js';

export type { FingerprintFeatures } from './fingerprint-features.js';

export interface ClusterInput {
  title: string;
  text: string;
  url?: string;
  language?: string;
  publishedAt: string;
  contentHash: string;
}

export interface Fingerprint {
  /** Candidate-index keys, at most MAX_KEYS. */
  keys: string[];
  features: FingerprintFeatures;
}

/** Enough words for any article; longer texts are cut so cost and keys stay bounded. */
const MAX_WORDS = 4000;
const MAX_TEXT_CHARS = 40_000;

/** Everything the clusterer needs to place an entry, from its clean title and plain text. */
export function fingerprintEntry(input: ClusterInput): Fingerprint {
  const text = input.text.slice(0, MAX_TEXT_CHARS);
  const body = text.trim() === '' ? input.title : text;
  const tokens = tokenizeWithSentenceStarts(body, MAX_WORDS);
  const entities = [...extractEntities(tokens)].sort((a, b) => b[1] - a[1]).slice(0, 40);
  const features: FingerprintFeatures = {
    url: skeletonizeUrl(input.url),
    contentHash: input.contentHash,
    publishedAt: input.publishedAt,
    titleNumbers: extractNumbers(input.title, 8),
    titleTokens: extractTitleTokens(input.title, 16),
    entities: entities.map(([skeleton]) => skeleton),
    numbers: extractNumbers(`${input.title}\n${text}`, 40),
    quotes: extractQuoteShingles(text, 64),
    minHash: computeMinHash(tokens.map((token) => token.word.toLowerCase())),
    textWords: tokens.length,
  };
  if (input.language !== undefined) features.language = input.language;
  return { keys: buildKeys(features), features };
}
