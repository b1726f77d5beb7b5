import type { Representation } from './representation.js';

interface Entry {
  topic: string;
  rep: Representation;
}

/** Bytes of rendered feeds kept by default (bodies and their compressed variants together). */
export const DEFAULT_FEED_CACHE_BYTES = 32 * 1024 ** 2;
/** Request targets remembered for the fast path; each maps to a key, not to a body. */
const MAX_TARGETS = 4_096;
/** A longer request target is not remembered (it is still served from the keyed cache). */
const MAX_TARGET_LENGTH = 512;

/**
 * Rendered feeds kept in memory, keyed by topic and normalised request shape (format, limit,
 * page), least recently used evicted first once their bytes (compressed variants included)
 * pass the budget; a poll that changed a topic drops that topic's entries. Exact request targets
 * are also remembered, as pointers to a key, so a repeat request (a reader's conditional GET,
 * mostly) is answered before any routing; an evicted entry is really gone.
 */
export class FeedCache {
  private readonly entries = new Map<string, Entry>();
  private readonly targets = new Map<string, string>();
  private readonly maxBytes: number;
  private totalBytes = 0;
  /** Moves on every invalidation: an asynchronous build that spans one is not kept. */
  private epoch = 0;

  constructor(maxBytes = DEFAULT_FEED_CACHE_BYTES) {
    this.maxBytes = maxBytes;
  }

  /** Bytes held now: every kept body and compressed variant. */
  get bytes(): number {
    return this.totalBytes;
  }

  /** Entries held now. */
  get size(): number {
    return this.entries.size;
  }

  /** The cached representation of a topic's request shape, built (and kept if it fits) on a miss. */
  get(topic: string, shape: string, build: () => Representation): Representation {
    const key = `${topic}\n${shape}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.rep;
    }
    const rep = build();
    if (rep.size > this.maxBytes) return rep;
    this.entries.set(key, { topic, rep });
    this.totalBytes += rep.size;
    rep.onGrow = (bytes) => {
      if (this.entries.get(key)?.rep !== rep) return;
      this.totalBytes += bytes;
      this.evict(key);
    };
    this.evict(key);
    return rep;
  }

  /**
   * `get` with a build that awaits (a store read over the network). A representation built while
   * the cache was invalidated is served but not kept: it may predate the change.
   */
  async getAsync(
    topic: string,
    shape: string,
    build: () => Promise<Representation>,
  ): Promise<Representation> {
    const hit = this.entries.get(`${topic}\n${shape}`);
    if (hit) return this.get(topic, shape, () => hit.rep);
    const epoch = this.epoch;
    const rep = await build();
    return epoch === this.epoch ? this.get(topic, shape, () => rep) : rep;
  }

  /** Remembers which topic and shape one exact request target (path and query) was served from. */
  remember(target: string, topic: string, shape: string): void {
    if (target.length > MAX_TARGET_LENGTH) return;
    if (this.targets.size >= MAX_TARGETS && !this.targets.has(target)) {
      this.targets.delete(this.targets.keys().next().value as string);
    }
    this.targets.set(target, `${topic}\n${shape}`);
  }

  /** The representation last served for this exact request target, while it is still cached. */
  lookup(target: string): Representation | undefined {
    const key = this.targets.get(target);
    if (key === undefined) return undefined;
    const entry = this.entries.get(key);
    if (!entry) this.targets.delete(target);
    return entry?.rep;
  }

  invalidate(topics: Iterable<string>): void {
    this.epoch += 1;
    const dropped = new Set(topics);
    for (const [key, entry] of this.entries) if (dropped.has(entry.topic)) this.drop(key, entry);
  }

  clear(): void {
    this.epoch += 1;
    for (const entry of this.entries.values()) entry.rep.onGrow = undefined;
    this.entries.clear();
    this.targets.clear();
    this.totalBytes = 0;
  }

  /** Drops the least recently used entries until the bytes fit (never `keep`, the one in use). */
  private evict(keep: string): void {
    for (const [key, entry] of this.entries) {
      if (this.totalBytes <= this.maxBytes) return;
      if (key !== keep) this.drop(key, entry);
    }
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.totalBytes -= entry.rep.size;
    entry.rep.onGrow = undefined;
  }
}
