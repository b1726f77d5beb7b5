import type { FingerprintFeatures } from './fingerprint-entry.js';

/**
 * Strings as numbers, each held once: the story window's terms, keys and names. Counted, so a
 * string no entry uses any more is dropped and its id reused; the table never outgrows the window.
 */
export class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly terms: (string | undefined)[] = [];
  private refs = new Uint32Array(1024);
  private readonly free: number[] = [];

  /** The id of `term`, or undefined when nothing held uses it. */
  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The string of a held id. */
  term(id: number): string {
    return this.terms[id] as string;
  }

  /** The id of `term`, counting one more use of it. */
  acquire(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.free.pop() ?? this.terms.length;
      this.ids.set(term, id);
      this.terms[id] = term;
      if (id >= this.refs.length) {
        const grown = new Uint32Array(this.refs.length * 2);
        grown.set(this.refs);
        this.refs = grown;
      }
    }
    this.refs[id] = (this.refs[id] as number) + 1;
    return id;
  }

  /** One use of `id` less; at none the string goes. */
  release(id: number): void {
    const left = (this.refs[id] as number) - 1;
    this.refs[id] = left;
    if (left > 0) return;
    this.ids.delete(this.terms[id] as string);
    this.terms[id] = undefined;
    this.free.push(id);
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Which fields of the features are string lists, 32-bit number lists or plain values. */
interface Shape {
  fields: string[];
  kinds: Kind[];
}
type Kind = 'value' | 'strings' | 'uint32';

/** Holds the shapes met so far (one per fingerprint version, in practice). */
export class ShapeCache {
  private readonly shapes = new Map<string, Shape>();
  private last: Shape | undefined;

  shapeOf(features: FingerprintFeatures): Shape {
    const record = features as unknown as Record<string, unknown>;
    const fields = Object.keys(features);
    const kinds = fields.map((field) => kindOf(record[field]));
    if (this.last !== undefined && sameShape(this.last, fields, kinds)) return this.last;
    const key = fields.map((field, i) => `${field}:${kinds[i]}`).join(',');
    let shape = this.shapes.get(key);
    if (shape === undefined) {
      shape = { fields, kinds };
      this.shapes.set(key, shape);
    }
    this.last = shape;
    return shape;
  }
}

function sameShape(shape: Shape, fields: readonly string[], kinds: readonly Kind[]): boolean {
  if (shape.fields.length !== fields.length) return false;
  for (let i = 0; i < fields.length; i++)
    if (shape.fields[i] !== fields[i] || shape.kinds[i] !== kinds[i]) return false;
  return true;
}

function kindOf(value: unknown): Kind {
  if (!Array.isArray(value)) return 'value';
  let strings = true;
  for (let i = 0; i < value.length && strings; i++) strings = typeof value[i] === 'string';
  if (strings) return 'strings';
  for (const item of value)
    if (!(Number.isInteger(item) && item >= 0 && item <= 0xffffffff)) return 'value';
  return 'uint32';
}

/**
 * One growing Uint32Array holding every entry's numbers (a typed array per entry would cost
 * hundreds of bytes of overhead each). Freed segments are reclaimed by `compact`.
 */
export class FeatureArena {
  data = new Uint32Array(1 << 16);
  top = 0;
  garbage = 0;

  /** Room for a segment of `words` words: its start (write it in `data`, read after this call). */
  reserve(words: number): number {
    if (this.top + words > this.data.length) this.resize(this.top + words);
    const at = this.top;
    this.top += words;
    return at;
  }

  free(at: number): void {
    this.garbage += this.data[at] as number;
  }

  /** Whether enough is freed to be worth a compaction. */
  get wasteful(): boolean {
    return this.garbage > 1 << 16 && this.garbage * 2 > this.top;
  }

  /** Moves the live segments (those of `holders`) to the front, updating their offsets. */
  compact(holders: Iterable<{ features: CompactFeatures }>): void {
    const live = [...holders].sort((x, y) => x.features.at - y.features.at);
    const data = new Uint32Array(Math.max(1 << 16, (this.top - this.garbage) * 2));
    let top = 0;
    for (const holder of live) {
      const at = holder.features.at;
      const length = this.data[at] as number;
      data.set(this.data.subarray(at, at + length), top);
      holder.features.at = top;
      top += length;
    }
    this.data = data;
    this.top = top;
    this.garbage = 0;
  }

  private resize(needed: number): void {
    const grown = new Uint32Array(Math.max(needed, this.data.length * 2));
    grown.set(this.data.subarray(0, this.top));
    this.data = grown;
  }
}

/**
 * Fingerprint features and candidate keys, compact: in the arena, a segment [length, key count,
 * list count, term count, keys as 53-bit hashes (two words each), list ends, term ids of every
 * string list, then each number list as its length and values]; plain values stay as they are.
 * Whatever fields the fingerprint has, the round trip gives them back equal.
 */
export interface CompactFeatures {
  shape: Shape;
  /** The plain values, by field (undefined for the lists). */
  values: unknown[];
  /** Where the entry's segment starts in the arena. */
  at: number;
}

const HEADER = 4;

/** The compact form of `features` and `keys`; every list string is acquired from `table`. */
export function compactFeatures(
  features: FingerprintFeatures,
  keys: readonly string[],
  store: { table: TermTable; shapes: ShapeCache; arena: FeatureArena },
): CompactFeatures {
  const shape = store.shapes.shapeOf(features);
  const { fields, kinds } = shape;
  const record = features as unknown as Record<string, unknown>;
  let lists = 0;
  let termCount = 0;
  let numberWords = 0;
  for (let i = 0; i < fields.length; i++) {
    const kind = kinds[i];
    if (kind === 'value') continue;
    const length = (record[fields[i] as string] as unknown[]).length;
    if (kind === 'strings') {
      lists++;
      termCount += length;
    } else numberWords += 1 + length;
  }
  const length = HEADER + 2 * keys.length + lists + termCount + numberWords;
  // Written in place: header, key hashes, list ends, term ids, number lists (see CompactFeatures).
  const at = store.arena.reserve(length);
  const data = store.arena.data;
  data[at] = length;
  data[at + 1] = keys.length;
  data[at + 2] = lists;
  data[at + 3] = termCount;
  let write = at + HEADER;
  for (const key of keys) {
    const hash = hashKey(key);
    data[write++] = Math.floor(hash / 2 ** 32);
    data[write++] = hash % 2 ** 32;
  }
  let endAt = write;
  const termsAt = endAt + lists;
  let numberAt = termsAt + termCount;
  let terms = 0;
  const values = new Array<unknown>(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const value = record[fields[i] as string];
    const kind = kinds[i];
    if (kind === 'strings') {
      for (const term of value as string[]) data[termsAt + terms++] = store.table.acquire(term);
      data[endAt++] = terms;
      values[i] = undefined;
    } else if (kind === 'uint32') {
      data[numberAt++] = (value as number[]).length;
      for (const item of value as number[]) data[numberAt++] = item;
      values[i] = undefined;
    } else values[i] = value;
  }
  return { shape, values, at };
}

/** The 53-bit hashes of the keys compacted with `compact`. */
export function compactKeys(compact: CompactFeatures, arena: FeatureArena): number[] {
  const data = arena.data;
  const count = data[compact.at + 1] as number;
  const keys = new Array<number>(count);
  for (let i = 0, at = compact.at + HEADER; i < count; i++, at += 2)
    keys[i] = (data[at] as number) * 2 ** 32 + (data[at + 1] as number);
  return keys;
}

/** The features back, equal to those compacted (fresh arrays, shared strings). */
export function expandFeatures(
  compact: CompactFeatures,
  table: TermTable,
  arena: FeatureArena,
): FingerprintFeatures {
  const { shape, values } = compact;
  const data = arena.data;
  const base = compact.at;
  const lists = data[base + 2] as number;
  const endsAt = base + HEADER + 2 * (data[base + 1] as number);
  const termsAt = endsAt + lists;
  let numbersAt = termsAt + (data[base + 3] as number);
  const features: Record<string, unknown> = {};
  let list = 0;
  let from = 0;
  shape.fields.forEach((field, i) => {
    const kind = shape.kinds[i];
    if (kind === 'strings') {
      const end = data[endsAt + list++] as number;
      const items = new Array<string>(end - from);
      for (let k = 0; from < end; k++, from++)
        items[k] = table.term(data[termsAt + from] as number);
      features[field] = items;
    } else if (kind === 'uint32') {
      const count = data[numbersAt] as number;
      features[field] = Array.from(data.subarray(numbersAt + 1, numbersAt + 1 + count));
      numbersAt += 1 + count;
    } else features[field] = values[i];
  });
  return features as unknown as FingerprintFeatures;
}

/** Gives back the strings and the arena segment `compact` holds. */
export function releaseFeatures(
  compact: CompactFeatures,
  table: TermTable,
  arena: FeatureArena,
): void {
  const data = arena.data;
  const base = compact.at;
  const termsAt = base + HEADER + 2 * (data[base + 1] as number) + (data[base + 2] as number);
  const count = data[base + 3] as number;
  for (let i = 0; i < count; i++) table.release(data[termsAt + i] as number);
  arena.free(base);
}

/** A 53-bit hash of a key (two 32-bit FNV-1a variants): a collision is as unlikely as none. */
export function hashKey(key: string): number {
  let low = 0x811c9dc5;
  let high = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code, 0x5bd1e995) >>> 0;
  }
  return (high & 0x1fffff) * 2 ** 32 + low;
}
