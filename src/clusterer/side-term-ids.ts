import type { FingerprintFeatures } from './fingerprint-entry.js';
import type { TermWeightById } from './pair-side.js';

/*
 * A prepared side's terms by their ids in the story index's table (PairSide.termId), for a side
 * of an entry the index holds: weighed by id (TermWeightById.ofId), not looked up by string in
 * every placement.
 */

/**
 * The weights of `terms`, in order: by their `ids` when side and weight have them (-1 in `ids`
 * from heldIds: by string), by string otherwise.
 */
export function weighById(
  terms: readonly string[],
  ids: Int32Array | undefined,
  weight: TermWeightById,
): number[] {
  const { ofId } = weight;
  if (ofId === undefined || ids === undefined) return terms.map((term) => weight(term));
  const weights: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    weights.push(id >= 0 ? ofId(id) : weight(terms[i] as string));
  }
  return weights;
}

/**
 * The ids of a side's names' `e:` terms the entry itself holds in the table while it is held (its
 * entities and cross terms, see TermFrequencies), -1 for the others: another entry's term may be
 * dropped and its id reused while this side is kept.
 */
export function heldIds(
  features: FingerprintFeatures,
  terms: readonly string[],
  termId: (term: string) => number | undefined,
): Int32Array {
  const ids = new Int32Array(terms.length).fill(-1);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as string;
    const own =
      features.entities.includes(term.slice(2)) ||
      features.titleCross.includes(term) ||
      features.leadCross.includes(term);
    if (own) ids[i] = termId(term) ?? -1;
  }
  return ids;
}

/** The ids of a held entry's lead terms (all its own), -1 for one the table lacks. */
export function idsOf(
  terms: readonly string[],
  termId: (term: string) => number | undefined,
): Int32Array {
  const ids = new Int32Array(terms.length);
  for (let i = 0; i < terms.length; i++) ids[i] = termId(terms[i] as string) ?? -1;
  return ids;
}
