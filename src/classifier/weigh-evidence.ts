import { anchorShares, type FeatureHits } from './anchor-evidence.js';
import type { IndexedDocument } from './build-document.js';
import { type CompiledTopic, readWeights } from './compile-topic.js';
import { type EvidenceKind, QUERY_FEATURE } from './evidence.js';
import { evaluateQuery, type Hit, type Zone } from './match.js';
import { locateMatches, type MatchNode, matcherOf } from './topic-matcher.js';

/** What one feature of a topic (its query, or an evidence group) found in one entry. */
export interface FeatureEvidence {
  /** `query`, or the evidence group's id. */
  id: string;
  kind: EvidenceKind | 'query';
  /** Where its terms matched, weighed by place: Σ zone weight × 0.7^i, heaviest first. */
  points: number;
  /** The topic's weight per point for this feature (configured or learned). */
  weight: number;
  /** points × weight: what the feature adds to (or takes from) the score. */
  contribution: number;
  /** Distinct matched terms as written, strongest first. */
  terms: string[];
}

export interface TopicEvidence {
  /** The query, a watch-list name, or a decisive or supporting group matched. */
  candidate: boolean;
  /** Σ contributions (0 when not a candidate), rounded to 2 decimals. */
  score: number;
  /** Every feature with evidence, largest contribution first; none when not a candidate. */
  features: FeatureEvidence[];
}

/** How much one occurrence weighs by where it is. */
const ZONE_WEIGHTS: Readonly<Record<Zone, number>> = { title: 3, lead: 2, body: 1 };
/** Each further occurrence counts this much less than the one before (geometric decay). */
const REPEAT_DECAY = 0.7;

/**
 * Weighs a topic's evidence in one entry: each feature's points (where its terms matched) times
 * its weight, summed. Without evidence groups and learned weights this is the query's points alone:
 * 3 a title hit, 2 a lead hit, 1 a body hit, with diminishing returns. An entry that is not a
 * candidate is weighed no further: its evidence against is not even looked for.
 */
export function weighEvidence(doc: IndexedDocument, topic: CompiledTopic): TopicEvidence {
  const found = findFeatureHits(doc, topic, true);
  if (!found) return { candidate: false, score: 0, features: [] };
  const shares = shareOfPoints(found, doc, topic);
  const weights = readWeights(topic);
  const features = found
    .filter((feature) => feature.hits.length > 0)
    .map(({ id, kind, hits }) => {
      const { points: full, terms } = scoreHits(hits);
      const points = round(full * (shares.get(id) ?? 1));
      const weight = weights[id] ?? 0;
      return { id, kind, points, weight, contribution: round(points * weight), terms };
    })
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const total = features.reduce((sum, feature) => sum + feature.points * feature.weight, 0);
  return { candidate: true, score: round(Math.max(0, total)), features };
}

/** Each feature's points in one entry, by feature id (0 when absent): what a model learns from. */
export function measureFeatures(
  doc: IndexedDocument,
  topic: CompiledTopic,
): Record<string, number> {
  const points: Record<string, number> = {};
  const found = findFeatureHits(doc, topic, false) ?? [];
  const shares = shareOfPoints(found, doc, topic);
  for (const feature of found)
    points[feature.id] = round(scoreHits(feature.hits).points * (shares.get(feature.id) ?? 1));
  return points;
}

/**
 * What the query (with the watch-list) and each evidence group matched, in the topic's order. With
 * `onlyCandidates`, undefined when the entry is not a candidate: nothing but the query, the
 * watch-list and the groups that can make one is evaluated then.
 */
function findFeatureHits(
  doc: IndexedDocument,
  topic: CompiledTopic,
  onlyCandidates: boolean,
): FeatureHits[] | undefined {
  const matcher = matcherOf(topic);
  const found = locateMatches(matcher, doc);
  const query = evaluateQuery(matcher.query, doc, found);
  const watched = matcher.watchlist.flatMap((leaf) => evaluateQuery(leaf, doc, found).hits);
  const groups = topic.evidence ?? [];
  const results = groups.map((group, i) =>
    group.kind === 'against'
      ? undefined
      : evaluateQuery(matcher.evidence[i] as MatchNode, doc, found),
  );
  const candidate =
    query.matched || watched.length > 0 || results.some((result) => result?.matched);
  if (onlyCandidates && !candidate) return undefined;
  const features: FeatureHits[] = [
    {
      id: QUERY_FEATURE,
      kind: 'query',
      matched: query.matched || watched.length > 0,
      hits: [...query.hits, ...watched],
    },
  ];
  groups.forEach((group, i) => {
    const result = results[i] ?? evaluateQuery(matcher.evidence[i] as MatchNode, doc, found);
    features.push({ id: group.id, kind: group.kind, matched: result.matched, hits: result.hits });
  });
  return features;
}

/**
 * points = Σ weight(hit_i) · 0.7^i over the distinct matched positions, heaviest first: a title hit
 * is worth 3, a lead hit 2, a body hit 1, and repeats add less and less (the sum stays under 10,
 * while one body mention stays at 1).
 */
function scoreHits(hits: Hit[]): { points: number; terms: string[] } {
  const byPosition = new Map<string, Hit>();
  for (const hit of hits) byPosition.set(`${hit.zone === 'title' ? 't' : 'c'}${hit.pos}`, hit);
  const ranked = [...byPosition.values()].sort(
    (a, b) => ZONE_WEIGHTS[b.zone] - ZONE_WEIGHTS[a.zone],
  );
  let points = 0;
  ranked.forEach((hit, i) => {
    points += ZONE_WEIGHTS[hit.zone] * REPEAT_DECAY ** i;
  });
  return { points: round(points), terms: [...new Set(ranked.map((hit) => hit.label))] };
}

/**
 * With evidence groups, what each feature's points are worth by whether they are about the
 * entry's subject (anchor-evidence.ts); a topic of a query alone keeps its plain points.
 */
function shareOfPoints(
  found: FeatureHits[],
  doc: IndexedDocument,
  topic: CompiledTopic,
): Map<string, number> {
  return (topic.evidence?.length ?? 0) > 0 ? anchorShares(found, doc) : new Map();
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
