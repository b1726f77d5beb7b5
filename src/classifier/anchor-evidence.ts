import type { IndexedDocument } from './build-document.js';
import type { EvidenceKind } from './evidence.js';
import type { Hit } from './match.js';

/** What one feature (the query, or an evidence group) matched in an entry. */
export interface FeatureHits {
  id: string;
  kind: EvidenceKind | 'query';
  matched: boolean;
  hits: Hit[];
}

/**
 * A decisive statement in passing (once, past the lead, away from the headline's subject) counts
 * this share of its points: with the default weights, 2.5 × 0.2 = 0.5, one supporting mention.
 */
export const PASSING_DECISIVE_SHARE = 0.2;
/**
 * Evidence of an entry whose title and lead say nothing of the topic counts this share: a long
 * feature on another subject that mentions the topic's words on the way.
 */
export const UNANCHORED_SHARE = 0.6;
/** One supporting group alone, with no other group's evidence: a signal that needs company. */
export const LONE_SHARE = 0.5;
/** A decisive mention at most this many words from a name of the headline is about its subject. */
export const SUBJECT_DISTANCE = 6;

/**
 * The share of its points each feature keeps, by whether the evidence is about the entry's subject.
 * A decisive group is about it when it matched in the title or lead, in two places or more, or
 * next to a name of the headline (a rights group designating the person the story is about, in the
 * fourth paragraph). The entry is about the topic when a decisive group is, or when the query or a
 * supporting group matched in the title or lead; otherwise all its evidence is passing.
 */
export function anchorShares(features: FeatureHits[], doc: IndexedDocument): Map<string, number> {
  const shares = new Map<string, number>();
  const found = features.filter((f) => f.kind !== 'against' && f.hits.length > 0);
  let anchored = false;
  let decided = false;
  for (const feature of found) {
    const headed = feature.hits.some((hit) => hit.zone !== 'body');
    if (feature.kind !== 'decisive') anchored ||= headed;
    else if (headed || distinctPlaces(feature.hits) >= 2 || nearSubject(feature.hits, doc))
      decided = true;
    else shares.set(feature.id, PASSING_DECISIVE_SHARE);
  }
  anchored ||= decided;
  // In a topic with a decisive group, the supporting groups are the signs of what it says
  // outright: one sign alone, with no decisive statement about the subject, counts half.
  const groups = found.filter((f) => f.kind !== 'query').length;
  const lone = !decided && groups < 2 && features.some((f) => f.kind === 'decisive');
  for (const feature of found) {
    let share = shares.get(feature.id) ?? 1;
    if (!anchored) share *= UNANCHORED_SHARE;
    if (lone && feature.kind === 'supporting') share *= LONE_SHARE;
    if (share !== 1) shares.set(feature.id, share);
  }
  return shares;
}

function distinctPlaces(hits: Hit[]): number {
  return new Set(hits.map((hit) => `${hit.zone === 'title' ? 't' : 'c'}${hit.pos}`)).size;
}

/** A content hit in the same sentence as a name of the headline, and close to it. */
function nearSubject(hits: Hit[], doc: IndexedDocument): boolean {
  return hits.some((hit) => {
    if (hit.zone === 'title') return false;
    const { subject, sentenceStarts } = doc.outline();
    const sentence = sentenceOf(hit.pos, sentenceStarts);
    return subject.some(
      (pos) =>
        Math.abs(pos - hit.pos) <= SUBJECT_DISTANCE && sentenceOf(pos, sentenceStarts) === sentence,
    );
  });
}

/** The index of the sentence a content position is in (binary search over sentence starts). */
function sentenceOf(pos: number, starts: number[]): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] as number) <= pos) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
