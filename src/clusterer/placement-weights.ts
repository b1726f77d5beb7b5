import type { TermTable } from './compact-features.js';
import { growTypedArray } from './grow-typed-array.js';
import type { TermWeightById } from './pair-side.js';
import type { TermFrequencies } from './term-frequencies.js';

/** Documents a term's weight is smoothed with: a young index does not make every word rare. */
export const PRIOR_DOCUMENTS = 20;
/**
 * The window whose rarity a young one is read at. A term none of 100 entries holds is no less rare
 * than one none of 1,000 hold, but ln(N / (df + 1)) weighs it ln 120 against ln 1,020: a young
 * window (a new install, a small corpus) weighs everything two entries share low and keeps its
 * copies apart. Scaled to this many documents, a term unseen weighs ln 300 in every window that
 * counts fewer (entries and prior), every other term in proportion; a larger window is read as it
 * is. 1,000 joined more in the opened corpora and on real news, and cost precision: tgcontest ru
 * 0.962 to 0.94, newsroom-ab a preview with its outcome (docs/quality.md, stop 43).
 */
const YOUNG_WINDOW_DOCUMENTS = 300;
const YOUNG_WINDOW_LOG = Math.log(YOUNG_WINDOW_DOCUMENTS);
/**
 * Entries a window holds before it is scaled in full: in the first few, what two entries share
 * is as likely the feeds' own words as the news ("item", "about"), and the scale grows with the
 * entries held. Twelve one-line items of twelve feeds joined when the first were scaled in full.
 */
const YOUNG_WINDOW_RAMP = 30;

/**
 * The rarity weight of a term held by `frequency` of `total` documents (entries held plus the
 * prior): ln(total / (frequency + 1)), scaled up towards YOUNG_WINDOW_DOCUMENTS when the window is
 * smaller.
 */
export function rarityWeight(total: number, frequency: number): number {
  const weight = Math.log(total / (frequency + 1));
  if (total >= YOUNG_WINDOW_DOCUMENTS) return weight;
  const grown = Math.min(1, (total - PRIOR_DOCUMENTS) / YOUNG_WINDOW_RAMP);
  return weight * (1 + (YOUNG_WINDOW_LOG / Math.log(total) - 1) * grown);
}

/**
 * The rarity weights of the story window's terms for one placement at a time (rarityWeight), by
 * the term's id in the window's table, each id's weight worked out once per placement (a stamp per
 * id says which placement its kept weight is of). A term is looked up by its string once per call
 * at most, a held entry's term not at all (TermWeightById.ofId).
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
      if (id < 0) return rarityWeight(total, 0);
      if (id >= this.stamps.length) this.grow(id);
      if (this.stamps[id] === stamp) return this.weights[id] as number;
      const weight = rarityWeight(total, this.frequencies.ofId(id));
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
