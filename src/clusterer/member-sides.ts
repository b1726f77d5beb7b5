import type { PairSide } from './pair-side.js';

/**
 * The prepared sides (prepareSide) of the story window's entries compared lately, by entry id. A
 * member is compared with every new copy of its story and with the entries its keys bring up,
 * dozens of times while its story is fresh; held here, its features are expanded from the index's
 * compact form, its sets built and its terms split by language mode once instead of every time.
 * At most `capacity` sides, the least recently used dropped first; an entry removed from the index
 * is forgotten. A side keeps no weights between placements (forgetWeights after each).
 */
export class MemberSides {
  private readonly sides = new Map<number, PairSide>();

  constructor(private readonly capacity: number) {}

  /** The side of `entryId`, made by `prepare()` when not held. */
  get(entryId: number, prepare: () => PairSide): PairSide {
    const held = this.sides.get(entryId);
    if (held !== undefined) {
      // Map order is use order: the first key is the least recently used.
      this.sides.delete(entryId);
      this.sides.set(entryId, held);
      return held;
    }
    const side = prepare();
    if (this.capacity <= 0) return side;
    this.sides.set(entryId, side);
    if (this.sides.size > this.capacity) {
      const oldest = this.sides.keys().next().value as number;
      this.sides.delete(oldest);
    }
    return side;
  }

  /** Drops the side of an entry that left the index (or was replaced). */
  forget(entryId: number): void {
    this.sides.delete(entryId);
  }

  get size(): number {
    return this.sides.size;
  }
}
