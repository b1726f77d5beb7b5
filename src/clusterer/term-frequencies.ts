import type { TermTable } from './compact-features.js';
import type { FingerprintFeatures } from './fingerprint-entry.js';
import { growTypedArray } from './grow-typed-array.js';

/**
 * How many entries of the story window use each term (document frequency, for rarity weights),
 * by the term's id in the window's TermTable. An entry counts a term once however often its lists
 * hold it: a mark on the term's id says it was counted already, without a set of the strings.
 */
export class TermFrequencies {
  private counts = new Uint32Array(1024);
  /** Term id → the mark of the last add or remove that counted it. */
  private marks = new Uint32Array(1024);
  private mark = 0;

  constructor(private readonly table: TermTable) {}

  /** Counts the terms of an entry's features, each acquired once from the table. */
  add(features: FingerprintFeatures): void {
    const mark = this.nextMark();
    forEachTerm(features, (term) => {
      const id = this.table.acquire(term);
      if (this.marks[id] === mark) this.table.release(id);
      else this.count(id, 1, mark);
    });
  }

  /** Uncounts the terms of an entry's features (as added), releasing what `add` acquired. */
  remove(features: FingerprintFeatures): void {
    const mark = this.nextMark();
    forEachTerm(features, (term) => {
      // A term only this entry counted is gone once released: its repeats find nothing.
      const id = this.table.find(term);
      if (id === undefined || this.marks[id] === mark) return;
      this.count(id, -1, mark);
      this.table.release(id);
    });
  }

  /** The entries using `term`. */
  of(term: string): number {
    const id = this.table.find(term);
    return id === undefined ? 0 : this.ofId(id);
  }

  /** The entries using the term of a held `id`. */
  ofId(id: number): number {
    return this.counts[id] as number;
  }

  /** A new mark: a term whose id bears it was counted already in this add or remove. */
  private nextMark(): number {
    this.mark = this.mark === 0xffffffff ? 1 : this.mark + 1;
    if (this.mark === 1) this.marks.fill(0);
    return this.mark;
  }

  /** Counts one entry more or less using term `id`, and marks the id as counted. */
  private count(id: number, delta: 1 | -1, mark: number): void {
    if (id >= this.counts.length) {
      this.counts = growTypedArray(this.counts, id);
      this.marks = growTypedArray(this.marks, id);
    }
    this.counts[id] = (this.counts[id] as number) + delta;
    this.marks[id] = mark;
  }
}

/**
 * Visits the terms whose rarity weighs a pair: headline and lead terms, names, numbers, quotes
 * (a term as often as the lists hold it).
 */
function forEachTerm(features: FingerprintFeatures, visit: (term: string) => void): void {
  for (const term of features.titleTerms) visit(term);
  for (const term of features.titleCross) visit(term);
  for (const term of features.leadTerms) visit(term);
  for (const term of features.leadCross) visit(term);
  for (const name of features.entities) visit(`e:${name}`);
  for (const number of features.numbers) visit(`#:${number}`);
  for (const quote of features.quotes) visit(`q:${quote}`);
}
