import type { Hit, Zone } from './match.js';

/** How much one occurrence weighs by where it is. */
export const ZONE_WEIGHTS: Readonly<Record<Zone, number>> = { title: 3, lead: 2, body: 1 };
/** Each further occurrence counts this much less than the one before (geometric decay). */
export const REPEAT_DECAY = 0.7;

export interface Score {
  score: number;
  /** Distinct labels, strongest contribution first. */
  terms: string[];
}

/**
 * score = Σ weight(hit_i) · 0.7^i over the distinct matched positions, heaviest first: a title hit
 * is worth 3, a lead hit 2, a body hit 1, and repeats add less and less (the sum stays under
 * 10 for a title-led story, while one body mention stays at 1).
 */
export function scoreHits(hits: Hit[]): Score {
  const byPosition = new Map<string, Hit>();
  for (const hit of hits) byPosition.set(`${hit.zone === 'title' ? 't' : 'c'}${hit.pos}`, hit);
  const ranked = [...byPosition.values()].sort(
    (a, b) => ZONE_WEIGHTS[b.zone] - ZONE_WEIGHTS[a.zone],
  );
  let score = 0;
  ranked.forEach((hit, i) => {
    score += ZONE_WEIGHTS[hit.zone] * REPEAT_DECAY ** i;
  });
  const terms = [...new Set(ranked.map((hit) => hit.label))];
  return { score: Math.round(score * 100) / 100, terms };
}
