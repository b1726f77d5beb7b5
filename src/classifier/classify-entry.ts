import { buildDocument, type ClassifiableEntry, type IndexedDocument } from './build-document.js';
import type { CompiledTopic } from './compile-topic.js';
import { evaluateQuery, type Hit, type Zone } from './match.js';

export type { ClassifiableEntry } from './build-document.js';

/**
 * Bump when a change to the classifier (folding, tokenizing, scoring) can change which entries a
 * topic holds: stored entries are then classified again at the next start.
 */
export const CLASSIFIER_REVISION = 1;

export interface TopicMatch {
  topicId: string;
  score: number;
  terms: string[];
}

export type MatchExplanation = TopicMatch & { matched: boolean; minScore: number };

/** The topics an entry is relevant to: the query makes it a candidate, the score makes it relevant. */
export function classifyEntry(entry: ClassifiableEntry, topics: CompiledTopic[]): TopicMatch[] {
  const doc = buildDocument(entry);
  return topics
    .map((topic) => explainDocument(doc, topic))
    .filter((result) => result.matched)
    .map(({ topicId, score, terms }) => ({ topicId, score, terms }));
}

/** One topic over one entry, matched or not, with the score, threshold and matched terms. */
export function explainMatch(entry: ClassifiableEntry, topic: CompiledTopic): MatchExplanation {
  return explainDocument(buildDocument(entry), topic);
}

function explainDocument(doc: IndexedDocument, topic: CompiledTopic): MatchExplanation {
  const query = evaluateQuery(topic.query.root, doc);
  const watched = topic.watchlist.flatMap((leaf) => evaluateQuery(leaf, doc).hits);
  const candidate = query.matched || watched.length > 0;
  const hits: Hit[] = candidate ? [...query.hits, ...watched] : [];
  const { score, terms } = scoreHits(hits);
  return {
    topicId: topic.id,
    score,
    terms,
    matched: candidate && score >= topic.minScore,
    minScore: topic.minScore,
  };
}

/** How much one occurrence weighs by where it is. */
const ZONE_WEIGHTS: Readonly<Record<Zone, number>> = { title: 3, lead: 2, body: 1 };
/** Each further occurrence counts this much less than the one before (geometric decay). */
const REPEAT_DECAY = 0.7;

interface Score {
  score: number;
  /** Distinct labels, strongest contribution first. */
  terms: string[];
}

/**
 * score = Σ weight(hit_i) · 0.7^i over the distinct matched positions, heaviest first: a title hit
 * is worth 3, a lead hit 2, a body hit 1, and repeats add less and less (the sum stays under
 * 10 for a title-led story, while one body mention stays at 1).
 */
function scoreHits(hits: Hit[]): Score {
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
