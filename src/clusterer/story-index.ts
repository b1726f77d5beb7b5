import {
  type CompactFeatures,
  compactFeatures,
  compactKeys,
  expandFeatures,
  FeatureArena,
  hashKey,
  releaseFeatures,
  ShapeCache,
  TermTable,
} from './compact-features.js';
import { EntrySlots } from './entry-slots.js';
import type { Fingerprint, FingerprintFeatures } from './fingerprint-entry.js';
import { MemberSides } from './member-sides.js';
import type { TermWeight } from './pair-measures.js';
import { type PairSide, prepareSide, type TermWeightById } from './pair-side.js';
import { PlacementWeights, PRIOR_DOCUMENTS, rarityWeight } from './placement-weights.js';
import { addPosting, pullFrom, pushTo, removePosting } from './posting-lists.js';
import { TermFrequencies } from './term-frequencies.js';

/** A stored entry that the index returned, with the story it belongs to. */
export interface Candidate {
  entryId: number;
  storyId: number;
  features: FingerprintFeatures;
}

/** A member of a story as compared with an entry being placed: its prepared side. */
export interface MemberSide {
  entryId: number;
  side: PairSide;
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
  /** Members' prepared sides kept between placements, the latest used (see MemberSides). */
  preparedSides: number;
}

export const DEFAULT_INDEX_OPTIONS: StoryIndexOptions = {
  windowHours: 72,
  recentEntries: 2_000,
  maxPerKey: 200,
  maxCandidates: 24,
  preparedSides: 1_024,
};

/**
 * An entry as held: its features as term ids and its candidate keys as hashes, in the shared
 * arena (a few hundred bytes, where the features as arrays of strings took about 4 KB).
 */
interface Held {
  entryId: number;
  storyId: number;
  features: CompactFeatures;
  time: number;
  seq: number;
  /** Its slot in the index's EntrySlots, which its postings hold. */
  slot: number;
}

const PRUNE_EVERY = 256;

/**
 * The story window in memory: each entry's fingerprint, an inverted index of its candidate keys,
 * and how many entries use each term (document frequency, for rarity weights). Entries published
 * more than the window before the newest one are pruned, except the `recentEntries` last added.
 * Strings are held once, in a counted term table; entries and frequencies hold term ids, postings
 * hold entries' slots (EntrySlots).
 * Pure data: the ingest stage loads it from the store at start and feeds it on every insert.
 */
export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly entries = new Map<number, Held>();
  private readonly table = new TermTable();
  private readonly shapes = new ShapeCache();
  private readonly arena = new FeatureArena();
  private readonly slots = new EntrySlots<Held>();
  /** Key hash → the slot of the entry holding it, or of the entries (most keys are held by one
   * entry: no array). */
  private readonly postings = new Map<number, number | number[]>();
  /** Term id → entries using it (document frequency). */
  private readonly frequencies = new TermFrequencies(this.table);
  private readonly stories = new Map<number, number[]>();
  private newest = Number.NEGATIVE_INFINITY;
  private highest = 0;
  private seq = 0;
  /** What track()'s work changed, each as its undoing, while it runs. */
  private journal: (() => void)[] | undefined;
  private mergesSeen = 0;
  /** Entries whose terms `uncounted` has taken out of the rarity weights for a while. */
  private withheld = 0;
  private readonly sides: MemberSides;
  private readonly placementWeights = new PlacementWeights(this.table, this.frequencies);

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options };
    this.sides = new MemberSides(this.options.preparedSides);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The highest entry id ever added (a poller sharing the store catches up from there). */
  get highestEntryId(): number {
    return this.highest;
  }

  /** The last of the store's story merges applied (StoryMerge ids): a poller catches up from there. */
  get lastMergeId(): number {
    return this.mergesSeen;
  }

  /** Adds (or replaces) an entry of `storyId`. */
  add(entryId: number, storyId: number, fingerprint: Fingerprint): void {
    this.remove(entryId);
    const time = Date.parse(fingerprint.features.publishedAt);
    const store = { table: this.table, shapes: this.shapes, arena: this.arena };
    const features = compactFeatures(fingerprint.features, distinct(fingerprint.keys), store);
    const held: Held = { entryId, storyId, features, time, seq: ++this.seq, slot: -1 };
    held.slot = this.slots.take(held, time);
    this.entries.set(entryId, held);
    this.journal?.push(() => this.remove(entryId));
    // The keys' hashes as compacted (each key hashed once), in the keys' order.
    for (const key of compactKeys(features, this.arena)) addPosting(this.postings, key, held.slot);
    this.frequencies.add(fingerprint.features);
    pushTo(this.stories, storyId, entryId);
    if (time > this.newest) this.newest = time;
    if (entryId > this.highest) this.highest = entryId;
    if (this.seq % PRUNE_EVERY === 0) this.prune();
  }

  /** Removes an entry (retention, deletion); unknown ids are ignored. */
  remove(entryId: number): void {
    const held = this.entries.get(entryId);
    if (held === undefined) return;
    this.entries.delete(entryId);
    this.sides.forget(entryId);
    for (const key of compactKeys(held.features, this.arena))
      removePosting(this.postings, key, held.slot);
    this.slots.give(held.slot);
    this.frequencies.remove(expandFeatures(held.features, this.table, this.arena));
    releaseFeatures(held.features, this.table, this.arena);
    pullFrom(this.stories, held.storyId, entryId);
    if (this.arena.wasteful) this.arena.compact(this.entries.values());
  }

  /**
   * Folds story `storyId`'s members into `intoStoryId` (an entry bridged the two; the store merged
   * them); unknown stories are ignored. `mergeId` is the store's record of the merge, when known:
   * lastMergeId moves up to it.
   */
  mergeStory(storyId: number, intoStoryId: number, mergeId = 0): void {
    const seen = this.mergesSeen;
    this.mergesSeen = Math.max(seen, mergeId);
    const moved = this.stories.get(storyId);
    if (storyId === intoStoryId || moved === undefined) {
      this.journal?.push(() => {
        this.mergesSeen = seen;
      });
      return;
    }
    const into = this.stories.get(intoStoryId) ?? [];
    this.relabel(moved, intoStoryId);
    this.stories.delete(storyId);
    // Members stay in the order they were added (a story's sample is its first and latest).
    const seq = (id: number) => this.entries.get(id)?.seq ?? 0;
    this.stories.set(
      intoStoryId,
      [...into, ...moved].sort((a, b) => seq(a) - seq(b)),
    );
    this.journal?.push(() => {
      this.mergesSeen = seen;
      this.relabel(moved, storyId);
      this.stories.set(storyId, moved);
      if (into.length > 0) this.stories.set(intoStoryId, into);
      else this.stories.delete(intoStoryId);
    });
  }

  private relabel(entryIds: readonly number[], storyId: number): void {
    for (const entryId of entryIds) {
      const held = this.entries.get(entryId);
      if (held !== undefined) held.storyId = storyId;
    }
  }

  /**
   * Runs `work` (a store transaction that adds entries and merges stories); when it fails, what
   * it changed is undone, latest first, so the index never holds what the store rolled back.
   */
  async track<T>(work: () => Promise<T>): Promise<T> {
    const journal: (() => void)[] = [];
    this.journal = journal;
    try {
      return await work();
    } catch (error) {
      for (const undo of journal.reverse()) undo();
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

  /**
   * Runs `work` with the terms of held entry `entryId` not counted in the rarity weights, as if
   * the entry were not held (its terms would weigh as when it was placed): an entry placed again
   * (findLateCopies). Its postings stay; its story must be left out of the candidates.
   */
  uncounted<T>(entryId: number, work: () => T): T {
    const held = this.entries.get(entryId);
    if (held === undefined) return work();
    const features = expandFeatures(held.features, this.table, this.arena);
    this.frequencies.remove(features);
    this.withheld++;
    try {
      return work();
    } finally {
      this.withheld--;
      this.frequencies.add(features);
    }
  }

  /** The entries the rarity weights count (those held, but one placed again). */
  private get counted(): number {
    return this.entries.size - this.withheld;
  }

  /** The rarity of a term among the entries held: ln((N + prior) / (df + 1)), see rarityWeight. */
  readonly weigh: TermWeight = (term) => {
    const frequency = this.frequencies.of(term);
    return rarityWeight(this.counted + PRIOR_DOCUMENTS, frequency);
  };

  /**
   * weigh for one placement, each term's weight worked out once, a held entry's side weighed by
   * its term ids (memberSides): call again after the index changes.
   */
  placementWeight(): TermWeightById {
    return this.placementWeights.begin(this.counted);
  }

  /** A term's id in the table, while an entry held uses it (memberSides' sides carry it). */
  private readonly termId = (term: string): number | undefined => this.table.find(term);

  /**
   * Entries published within `windowHours` of `features` that share keys with it, those sharing
   * the rarest keys first; keys held by more than maxPerKey entries are skipped.
   */
  findCandidates(fingerprint: Fingerprint, windowHours: number): Candidate[] {
    const time = Date.parse(fingerprint.features.publishedAt);
    return this.rank(fingerprint.keys.map(hashKey), time, windowHours).map((held) =>
      this.toCandidate(held),
    );
  }

  /** The stories of findCandidates' entries, each once, in their order (no features expanded). */
  candidateStories(fingerprint: Fingerprint, windowHours: number): number[] {
    const time = Date.parse(fingerprint.features.publishedAt);
    return storiesOf(this.rank(fingerprint.keys.map(hashKey), time, windowHours));
  }

  /**
   * The stories an entry the index holds would be compared with if it were placed now (its own
   * included), as candidateStories of its fingerprint; empty for an entry not held.
   */
  heldCandidateStories(entryId: number, windowHours: number): number[] {
    const held = this.entries.get(entryId);
    if (held === undefined) return [];
    return storiesOf(this.rank(compactKeys(held.features, this.arena), held.time, windowHours));
  }

  /** How many members of a story the index holds. */
  storySize(storyId: number): number {
    return this.stories.get(storyId)?.length ?? 0;
  }

  private rank(keyHashes: readonly number[], time: number, windowHours: number): Held[] {
    const span = windowHours * 3_600_000;
    const total = this.entries.size + PRIOR_DOCUMENTS;
    const slots = this.slots;
    slots.beginScores();
    for (const hash of keyHashes) {
      const posting = this.postings.get(hash);
      if (posting === undefined) continue;
      const count = typeof posting === 'number' ? 1 : posting.length;
      if (count > this.options.maxPerKey) continue;
      const weight = Math.log(total / count);
      if (typeof posting === 'number') slots.addScore(posting, weight);
      else for (const slot of posting) slots.addScore(slot, weight);
    }
    // The best maxCandidates kept in order as they come (no sort of them all): the higher score
    // first, of equal scores the lower entry id.
    const limit = this.options.maxCandidates;
    const top: Held[] = [];
    const topScores: number[] = [];
    for (const slot of slots.scored) {
      const score = slots.score(slot);
      // Below the last of a full list: it would not enter it (the entry is not even read).
      if (top.length === limit && score < (topScores[limit - 1] as number)) continue;
      if (!(Math.abs(slots.time(slot) - time) <= span)) continue;
      const held = slots.item(slot);
      const id = held.entryId;
      let at = top.length;
      while (at > 0 && ranksBefore(score, id, topScores[at - 1] as number, top[at - 1] as Held))
        at--;
      if (at >= limit) continue;
      top.splice(at, 0, held);
      topScores.splice(at, 0, score);
      if (top.length > limit) {
        top.pop();
        topScores.pop();
      }
    }
    return top;
  }

  /**
   * The members of a story held in the index, in the order they were added; with `sample`, a story
   * of more members gives its first sample/2 and its latest sample/2 only (only those expanded).
   */
  members(storyId: number, sample?: number): Candidate[] {
    return this.sampleMembers(storyId, sample).map((held) => this.toCandidate(held));
  }

  /**
   * members' entries as prepared sides, kept between placements: a side is built once while it
   * is compared often, and must not be changed but by weighTerms (forgetWeights after a placement).
   */
  memberSides(storyId: number, sample?: number): MemberSide[] {
    return this.sampleMembers(storyId, sample).map((held) => ({
      entryId: held.entryId,
      side: this.sides.get(held.entryId, () =>
        prepareSide(expandFeatures(held.features, this.table, this.arena), this.termId),
      ),
    }));
  }

  private sampleMembers(storyId: number, sample: number | undefined): Held[] {
    const all = this.stories.get(storyId) ?? [];
    const members: Held[] = [];
    if (sample === undefined || all.length <= sample) this.pushHeld(all, 0, all.length, members);
    else {
      const half = Math.floor(sample / 2);
      this.pushHeld(all, 0, half, members);
      this.pushHeld(all, all.length - half, all.length, members);
    }
    return members;
  }

  /** Pushes the held entries of `ids[from … to)` onto `into`. */
  private pushHeld(ids: readonly number[], from: number, to: number, into: Held[]): void {
    for (let i = from; i < to; i++) {
      const held = this.entries.get(ids[i] as number);
      if (held !== undefined) into.push(held);
    }
  }

  private toCandidate(held: Held): Candidate {
    const features = expandFeatures(held.features, this.table, this.arena);
    return { entryId: held.entryId, storyId: held.storyId, features };
  }
}

/** The stories of ranked entries, each once, in their order. */
function storiesOf(ranked: readonly Held[]): number[] {
  return [...new Set(ranked.map((held) => held.storyId))];
}

/** The keys, each once, in their first order. */
function distinct(keys: readonly string[]): readonly string[] {
  const set = new Set(keys);
  return set.size === keys.length ? keys : [...set];
}

/** Whether a candidate of `score` and `entryId` ranks before `other`, of `otherScore`. */
function ranksBefore(score: number, entryId: number, otherScore: number, other: Held): boolean {
  return score > otherScore || (score === otherScore && entryId < other.entryId);
}
