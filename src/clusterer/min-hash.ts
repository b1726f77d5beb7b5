const MIN_HASH_SIZE = 32;
const SHINGLE = 4;

/**
 * MinHash signature of the word 4-shingles of `words`: MIN_HASH_SIZE minima, one per seeded hash.
 * Repeated paragraphs add no shingles, so a copy with every paragraph doubled keeps its signature.
 * Empty when the text has fewer than four words.
 */
export function computeMinHash(words: string[]): number[] {
  if (words.length < SHINGLE) return [];
  const minima = new Array<number>(MIN_HASH_SIZE).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const base = hashShingle(words, i);
    if (seen.has(base)) continue;
    seen.add(base);
    for (let k = 0; k < MIN_HASH_SIZE; k++) {
      const value = mixHash(base ^ (SEEDS[k] as number));
      if (value < (minima[k] as number)) minima[k] = value;
    }
  }
  return minima;
}

/** One seed per hash function of the signature. */
const SEEDS = Array.from({ length: MIN_HASH_SIZE }, (_, k) => Math.imul(k + 1, 0x9e3779b9));

/**
 * hashString of `words[from..from+SHINGLE)` joined by spaces, without building the string (FNV-1a
 * is sequential over the code units, so the result is the same).
 */
function hashShingle(words: string[], from: number): number {
  let hash = 0x811c9dc5 >>> 0;
  for (let w = from; w < from + SHINGLE; w++) {
    if (w > from) {
      hash ^= 32;
      hash = Math.imul(hash, 0x01000193);
    }
    const word = words[w] as string;
    for (let i = 0; i < word.length; i++) {
      hash ^= word.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return mixHash(hash);
}

/** The share of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: number[], b: number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let equal = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) equal++;
  return equal / a.length;
}

/** FNV-1a over UTF-16 code units, 32-bit unsigned; `seed` gives independent hash functions. */
export function hashString(text: string, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return mixHash(hash);
}

/** The murmur3 finalizer: spreads the bits of a 32-bit value. */
function mixHash(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
