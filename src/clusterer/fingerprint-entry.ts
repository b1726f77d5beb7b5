import { computeMinHash } from './min-hash.js';
import {
  extractEntities,
  extractNumbers,
  extractQuoteShingles,
  extractTitleTokens,
  tokenizeWithSentenceStarts,
} from './text-features.js';

export interface ClusterInput {
  title: string;
  text: string;
  url?: string;
  language?: string;
  publishedAt: string;
  contentHash: string;
}

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

export interface Fingerprint {
  /** Candidate-index keys, at most MAX_KEYS. */
  keys: string[];
  features: FingerprintFeatures;
}

/** At most this many candidate-index keys per entry. */
export const MAX_KEYS = 48;
const BANDS = 8;
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

/**
 * Candidate-index keys: exact ones (url, content hash), MinHash bands (near-verbatim copies),
 * the most frequent entities, the rarest-looking numbers (longest), quotes and title words.
 * Prefixes keep the kinds apart; the store skips keys that turn out too common.
 */
function buildKeys(features: FingerprintFeatures): string[] {
  const keys = new Set<string>();
  if (features.url !== '') keys.add(`u:${features.url}`);
  if (features.contentHash !== '') keys.add(`h:${features.contentHash}`);
  for (const band of bandMinHash(features.minHash)) keys.add(band);
  for (const entity of features.entities.slice(0, 14))
    if (entity.length >= 3) keys.add(`e:${entity}`);
  const numbers = [...features.numbers].sort((a, b) => b.length - a.length);
  for (const number of numbers.slice(0, 8)) keys.add(`n:${number}`);
  for (const quote of features.quotes.slice(0, 4)) keys.add(`q:${quote}`);
  for (const token of features.titleTokens.slice(0, 8)) keys.add(`t:${token}`);
  return [...keys].slice(0, MAX_KEYS);
}

function bandMinHash(minHash: number[]): string[] {
  if (minHash.length === 0) return [];
  const rows = Math.floor(minHash.length / BANDS);
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const slice = minHash.slice(b * rows, (b + 1) * rows);
    bands.push(`m${b}:${slice.map((v) => v.toString(36)).join('.')}`);
  }
  return bands;
}

/**
 * The part of a URL that names the article: host without www./m./amp., path without a trailing
 * /amp or slash and without .amp/.html-style AMP markers, no query or fragment. '' when unparsable.
 */
function skeletonizeUrl(url: string | undefined): string {
  if (url === undefined || url === '') return '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const host = parsed.hostname.toLowerCase().replace(/^(?:www|m|amp|mobile)\./u, '');
  const path = parsed.pathname
    .replace(/\/amp\/?$/u, '/')
    .replace(/\.amp(?=\.html?$|$)/u, '')
    .replace(/^\/amp\//u, '/')
    .replace(/\/+$/u, '');
  return `${host}${path}`;
}
