import type { Claim } from './claim.js';
import type { MemberReading, QuoteClaim, ReadingToStore } from './read-claims.js';

/**
 * The stored form of a member's reading. Bump FORMAT whenever reading a member changes (new
 * rules, new fields) or this form does: stored readings of another format are read again, never
 * trusted. Format 2 keeps the word lists as single strings (cheap to parse) and the stems in
 * order instead of their bigrams (half the size); format 1 kept every list as a JSON array.
 */
const FORMAT = 2;

/** Keys and stems are words or made of words: they never hold this, nor a space (see pack). */
const SEPARATOR = '\n';

const KEY_FIELDS = [
  'nameKeys',
  'crossNameKeys',
  'quoteCrossTerms',
  'crossTerms',
  'numberKeys',
] as const;

type KeyField = (typeof KEY_FIELDS)[number];

/** A reading as JSON, tagged with its format: the claims as they are, each word list packed. */
export function encodeReading(reading: ReadingToStore): string {
  const packed: Record<string, unknown> = {
    format: FORMAT,
    language: reading.language,
    quotes: reading.quotes,
    names: reading.names,
    numbers: reading.numbers,
    stems: pack(reading.stems, ' '),
  };
  for (const key of KEY_FIELDS) packed[key] = pack([...reading[key]], SEPARATOR);
  return JSON.stringify(packed);
}

/**
 * The reading stored as JSON, or undefined when it is of another format or not a reading. Its
 * word sets are built when first used: comparing a story reads only those its members' claims
 * are looked up in.
 */
export function decodeReading(json: string): MemberReading | undefined {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || value.format !== FORMAT) return undefined;
  const { language, quotes, names, numbers } = value;
  if (typeof language !== 'string' || ![quotes, names, numbers].every(Array.isArray))
    return undefined;
  if (!isPacked(value.stems) || KEY_FIELDS.some((key) => !isPacked(value[key]))) return undefined;
  return new StoredReading(
    value,
    language,
    quotes as QuoteClaim[],
    names as Claim[],
    numbers as Claim[],
  );
}

/** A decoded reading: its word sets are unpacked on first use, then kept. */
class StoredReading implements MemberReading {
  #stems?: string[];
  #stemGrams?: Set<string>;
  readonly #sets = new Map<KeyField, Set<string>>();

  constructor(
    private readonly packed: Record<string, unknown>,
    readonly language: string,
    readonly quotes: QuoteClaim[],
    readonly names: Claim[],
    readonly numbers: Claim[],
  ) {}

  get stems(): string[] {
    this.#stems ??= unpack(this.packed.stems, ' ');
    return this.#stems;
  }

  /** The stems and their pairs in order, as readMember makes them. */
  get stemGrams(): Set<string> {
    if (this.#stemGrams === undefined) {
      const stems = this.stems;
      const grams = new Set(stems);
      for (let i = 0; i + 1 < stems.length; i++) grams.add(`${stems[i]} ${stems[i + 1]}`);
      this.#stemGrams = grams;
    }
    return this.#stemGrams;
  }

  get nameKeys(): Set<string> {
    return this.#set('nameKeys');
  }

  get crossNameKeys(): Set<string> {
    return this.#set('crossNameKeys');
  }

  get quoteCrossTerms(): Set<string> {
    return this.#set('quoteCrossTerms');
  }

  get crossTerms(): Set<string> {
    return this.#set('crossTerms');
  }

  get numberKeys(): Set<string> {
    return this.#set('numberKeys');
  }

  #set(key: KeyField): Set<string> {
    let set = this.#sets.get(key);
    if (set === undefined) {
      set = new Set(unpack(this.packed[key], SEPARATOR));
      this.#sets.set(key, set);
    }
    return set;
  }
}

/** A list as one string, or as an array should an item ever be empty or hold the separator. */
function pack(items: readonly string[], separator: string): string | string[] {
  const plain = items.every((item) => item !== '' && !item.includes(separator));
  return plain ? items.join(separator) : [...items];
}

function isPacked(value: unknown): value is string | string[] {
  return typeof value === 'string' || Array.isArray(value);
}

function unpack(value: unknown, separator: string): string[] {
  if (Array.isArray(value)) return value as string[];
  return value === '' ? [] : (value as string).split(separator);
}
