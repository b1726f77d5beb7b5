import type { TermTable } from './compact-features.js';
import { growTypedArray } from './grow-typed-array.js';
import type { TermWeightById } from './pair-side.js';
import type { TermFrequencies } from './term-frequencies.js';

/** Documents a term's weight is smoothed with: a young index does not make every word rare. */
export const PRIOR_DOCUMENTS = 20;

/**
 * The rarity weights of the story window's terms for one placement at a time: ln((N + prior) /
 * (df + 1)), by the term's id in the window's table, each id's weight worked out once per
 * placement (a stamp per id says which placement its kept weight is of). A term is looked up by
 * its string once per call at most, a held entry's term not at all (TermWeightById.ofId).
 */
export class PlacementWeights {
  private stamps = new Uint32Array(1024);
  private weights = new Float64Array(1024);
  private stamp = 0;

  constructor(
    private readonly table: TermTable,
    private readonly frequencies: TermFrequencies,
  ) {}

  /** A weight for `documents` entries held, valid while the window does not change. */
  begin(documents: number): TermWeightById {
    const stamp = this.nextStamp();
    const total = documents + PRIOR_DOCUMENTS;
    const ofId = (id: number): number => {
      if (id < 0) return Math.log(total / 1);
      if (id >= this.stamps.length) this.grow(id);
      if (this.stamps[id] === stamp) return this.weights[id] as number;
      const weight = Math.log(total / (this.frequencies.ofId(id) + 1));
      this.stamps[id] = stamp;
      this.weights[id] = weight;
      return weight;
    };
    return Object.assign((term: string) => ofId(this.table.find(term) ?? -1), { ofId });
  }

  private nextStamp(): number {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
    return this.stamp;
  }

  private grow(id: number): void {
    this.stamps = growTypedArray(this.stamps, id);
    this.weights = growTypedArray(this.weights, id);
  }
}
