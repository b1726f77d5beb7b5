import { buildDocument, type ClassifiableEntry, type IndexedDocument } from './build-document.js';
import type { CompiledTopic } from './compile-topic.js';
import { evaluateQuery, type Hit } from './match.js';
import { scoreHits } from './score-hits.js';

export type { ClassifiableEntry } from './build-document.js';

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
