import type { Fingerprint, FingerprintFeatures } from './fingerprint-entry.js';
import type { TermWeight } from './measure-pair.js';

/** A stored entry that the index returned, with the story it belongs to. */
export interface Candidate {
  entryId: number;
  storyId: number;
  features: FingerprintFeatures;
}

export interface StoryIndexOptions {
  /** Copies are published within this many hours of each other. */
  windowHours: number;
  /** Entries kept whatever their date: the latest inserted (a backfill, undated entries). */
  recentEntries: number;
  /** A key held by more entries than this says nothing about which story an entry reports. */
  maxPerKey: number;
  /** Candidates returned at most, those sharing the rarest keys first. */
  maxCandidates: number;
}

export const DEFAULT_INDEX_OPTIONS: StoryIndexOptions = {
  windowHours: 72,
  recentEntries: 2_000,
  maxPerKey: 200,
  maxCandidates: 24,
};

interface Held extends Candidate {
  keys: string[];
  time: number;
  seq: number;
}

/** Documents a term's weight is smoothed with: a young index does not make every word rare. */
const PRIOR_DOCUMENTS = 20;
const PRUNE_EVERY = 256;

/**
 * The story window in memory: each entry's fingerprint, an inverted index of its candidate keys,
 * and how many entries use each term (document frequency, for rarity weights). Entries published
 * more than the window before the newest one are pruned, except the `recentEntries` last added.
 * Pure data: the ingest stage loads it from the store at start and feeds it on every insert.
 */
export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly entries = new Map<number, Held>();
  /** Key → the entry holding it, or the entries (most keys are held by one entry: no array). */
  private readonly postings = new Map<string, number | number[]>();
  private readonly frequencies = new Map<string, number>();
  private readonly stories = new Map<number, number[]>();
  private newest = Number.NEGATIVE_INFINITY;
  private seq = 0;
  private journal: number[] | undefined;
  /** One instance of each term string: entries of one window share most of their terms. */
  private pool = new Map<string, string>();
  private pooledSince = 0;

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options };
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds (or replaces) an entry of `storyId`. */
  add(entryId: number, storyId: number, fingerprint: Fingerprint): void {
    this.remove(entryId);
    const time = Date.parse(fingerprint.features.publishedAt);
    const held: Held = {
      entryId,
      storyId,
      features: this.share(fingerprint.features),
      keys: [...new Set(fingerprint.keys)].map((key) => this.intern(key)),
      time,
      seq: ++this.seq,
    };
    this.entries.set(entryId, held);
    this.journal?.push(entryId);
    for (const key of held.keys) addPosting(this.postings, key, entryId);
    for (const term of collectTerms(held.features))
      this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + 1);
    pushTo(this.stories, storyId, entryId);
    if (time > this.newest) this.newest = time;
    if (this.seq % PRUNE_EVERY === 0) this.prune();
  }

  /**
   * The features with their term lists' strings shared with the other entries (a stored
   * fingerprint parsed back has its own copy of every string). The pool starts afresh once as many
   * entries as the index holds were added, so it never outgrows the window.
   */
  private share(features: FingerprintFeatures): FingerprintFeatures {
    if (++this.pooledSince > this.entries.size + PRUNE_EVERY) {
      this.pool = new Map();
      this.pooledSince = 0;
    }
    const intern = (list: string[]) => list.map((item) => this.intern(item));
    return {
      ...features,
      titleTerms: intern(features.titleTerms),
      titleCross: intern(features.titleCross),
      titleEvents: intern(features.titleEvents),
      titleNumbers: intern(features.titleNumbers),
      titleNames: intern(features.titleNames),
      leadNames: intern(features.leadNames),
      leadTerms: intern(features.leadTerms),
      leadCross: intern(features.leadCross),
      leadEvents: intern(features.leadEvents),
      entities: intern(features.entities),
      numbers: intern(features.numbers),
    };
  }

  private intern(value: string): string {
    const held = this.pool.get(value);
    if (held !== undefined) return held;
    this.pool.set(value, value);
    return value;
  }

  /** Removes an entry (retention, deletion); unknown ids are ignored. */
  remove(entryId: number): void {
    const held = this.entries.get(entryId);
    if (held === undefined) return;
    this.entries.delete(entryId);
    for (const key of held.keys) removePosting(this.postings, key, entryId);
    for (const term of collectTerms(held.features)) {
      const count = (this.frequencies.get(term) ?? 1) - 1;
      if (count > 0) this.frequencies.set(term, count);
      else this.frequencies.delete(term);
    }
    pullFrom(this.stories, held.storyId, entryId);
  }

  /**
   * Runs `work` (a store transaction that adds entries); when it fails, the entries it added are
   * forgotten, so the index never holds an entry the store rolled back.
   */
  async track<T>(work: () => Promise<T>): Promise<T> {
    const journal: number[] = [];
    this.journal = journal;
    try {
      return await work();
    } catch (error) {
      for (const entryId of journal) this.remove(entryId);
      throw error;
    } finally {
      this.journal = undefined;
    }
  }

  /** Drops entries published more than the window before the newest, but not the latest added. */
  prune(): void {
    const before = this.newest - this.options.windowHours * 3_600_000;
    const protectedFrom = this.seq - this.options.recentEntries;
    for (const held of [...this.entries.values()]) {
      if (held.seq <= protectedFrom && !(held.time >= before)) this.remove(held.entryId);
    }
  }

  /** The rarity of a term among the entries held: ln((N + prior) / (df + 1)). */
  readonly weigh: TermWeight = (term) =>
    Math.log((this.entries.size + PRIOR_DOCUMENTS) / ((this.frequencies.get(term) ?? 0) + 1));

  /**
   * Entries published within `windowHours` of `features` that share keys with it, those sharing
   * the rarest keys first; keys held by more than maxPerKey entries are skipped.
   */
  findCandidates(fingerprint: Fingerprint, windowHours: number): Candidate[] {
    const time = Date.parse(fingerprint.features.publishedAt);
    const span = windowHours * 3_600_000;
    const total = this.entries.size + PRIOR_DOCUMENTS;
    const scores = new Map<number, number>();
    for (const key of fingerprint.keys) {
      const posting = this.postings.get(key);
      if (posting === undefined) continue;
      const ids = typeof posting === 'number' ? [posting] : posting;
      if (ids.length > this.options.maxPerKey) continue;
      const weight = Math.log(total / ids.length);
      for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + weight);
    }
    const ranked: [Held, number][] = [];
    for (const [id, score] of scores) {
      const held = this.entries.get(id);
      if (held !== undefined && Math.abs(held.time - time) <= span) ranked.push([held, score]);
    }
    ranked.sort((x, y) => y[1] - x[1] || x[0].entryId - y[0].entryId);
    return ranked.slice(0, this.options.maxCandidates).map(([held]) => toCandidate(held));
  }

  /** The members of a story held in the index, in the order they were added. */
  members(storyId: number): Candidate[] {
    const ids = this.stories.get(storyId) ?? [];
    return ids.flatMap((id) => {
      const held = this.entries.get(id);
      return held === undefined ? [] : [toCandidate(held)];
    });
  }
}

function toCandidate(held: Held): Candidate {
  return { entryId: held.entryId, storyId: held.storyId, features: held.features };
}

/** The terms whose rarity weighs a pair: headline and lead terms, names, numbers, quotes. */
function collectTerms(features: FingerprintFeatures): Set<string> {
  return new Set([
    ...features.titleTerms,
    ...features.titleCross,
    ...features.leadTerms,
    ...features.leadCross,
    ...features.entities.map((name) => `e:${name}`),
    ...features.numbers.map((number) => `#:${number}`),
    ...features.quotes.map((quote) => `q:${quote}`),
  ]);
}

function addPosting(map: Map<string, number | number[]>, key: string, id: number): void {
  const posting = map.get(key);
  if (posting === undefined) map.set(key, id);
  else if (typeof posting === 'number') map.set(key, [posting, id]);
  else posting.push(id);
}

function removePosting(map: Map<string, number | number[]>, key: string, id: number): void {
  const posting = map.get(key);
  if (posting === undefined) return;
  if (typeof posting === 'number') {
    if (posting === id) map.delete(key);
    return;
  }
  const at = posting.indexOf(id);
  if (at >= 0) posting.splice(at, 1);
  if (posting.length === 1) map.set(key, posting[0] as number);
  else if (posting.length === 0) map.delete(key);
}

function pushTo<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}

function pullFrom<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list === undefined) return;
  const at = list.indexOf(id);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}
