import { growTypedArray } from './grow-typed-array.js';

/**
 * The story index's held entries by slot: a small number per entry, reused once the entry goes.
 * The posting lists hold slots, so ranking candidates adds up their scores in a typed array (a
 * stamp per slot says which ranking its score is of) instead of a map by entry id, and reads
 * their dates from one array instead of each entry's object.
 */
export class EntrySlots<T> {
  private readonly items: (T | undefined)[] = [];
  private readonly free: number[] = [];
  private times = new Float64Array(1024);
  private stamps = new Uint32Array(1024);
  private scores = new Float64Array(1024);
  private stamp = 0;
  /** The slots scored in the current ranking, in the order first scored. */
  readonly scored: number[] = [];

  /** A slot for `item`, published at `time` (Date.parse, NaN when unreadable). */
  take(item: T, time: number): number {
    const slot = this.free.pop() ?? this.items.length;
    if (slot >= this.times.length) this.grow(slot);
    this.items[slot] = item;
    this.times[slot] = time;
    return slot;
  }

  /** Frees a taken slot. */
  give(slot: number): void {
    this.items[slot] = undefined;
    this.free.push(slot);
  }

  /** The item of a taken slot. */
  item(slot: number): T {
    return this.items[slot] as T;
  }

  /** The time of a taken slot. */
  time(slot: number): number {
    return this.times[slot] as number;
  }

  /** Starts a ranking: no slot scored yet. */
  beginScores(): void {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
    this.scored.length = 0;
  }

  /** Adds `weight` to the slot's score in this ranking (from 0, the first time). */
  addScore(slot: number, weight: number): void {
    if (this.stamps[slot] !== this.stamp) {
      this.stamps[slot] = this.stamp;
      this.scores[slot] = 0;
      this.scored.push(slot);
    }
    this.scores[slot] = (this.scores[slot] as number) + weight;
  }

  /** The slot's score in this ranking (of a slot in `scored`). */
  score(slot: number): number {
    return this.scores[slot] as number;
  }

  private grow(slot: number): void {
    this.times = growTypedArray(this.times, slot);
    this.stamps = growTypedArray(this.stamps, slot);
    this.scores = growTypedArray(this.scores, slot);
  }
}
