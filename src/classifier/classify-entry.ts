import {
  buildDocument,
  type ClassifiableEntry,
  type FoldedDocument,
  type IndexedDocument,
} from './build-document.js';
import { type CompiledTopic, pinKey } from './compile-topic.js';
import { QUERY_FEATURE } from './evidence.js';
import { readTextModel, type TextModelReading } from './text-model.js';
import { type FeatureEvidence, weighEvidence } from './weigh-evidence.js';

export type { ClassifiableEntry } from './build-document.js';

/**
 * Bump when a change to the classifier (folding, tokenizing, scoring) can change which entries a
 * topic holds: stored entries are then classified again at the next start.
 */
export const CLASSIFIER_REVISION = 4;

export interface TopicMatch {
  topicId: string;
  score: number;
  /** The matched terms, strongest first; an evidence group's as `group: term`. */
  terms: string[];
}

export type MatchExplanation = TopicMatch & {
  matched: boolean;
  minScore: number;
  /** A user's label for this very entry (`topics teach`): it decided `matched`. */
  taught?: boolean;
  /** Every feature with evidence in the entry (the query, evidence groups), largest first. */
  evidence: FeatureEvidence[];
  /** The topic's word model on a candidate, when the topic has one. */
  model?: TextModelReading;
};

/**
 * The topics an entry is relevant to: the query makes it a candidate, the score makes it relevant.
 * `folded` is the entry's foldDocument when it was made already (in the parse worker).
 */
export function classifyEntry(
  entry: ClassifiableEntry,
  topics: CompiledTopic[],
  folded?: FoldedDocument,
): TopicMatch[] {
  const doc = buildDocument(entry, folded);
  return topics
    .map((topic) => explainDocument(doc, topic, topic.pinned?.get(pinKey(entry))))
    .filter((result) => result.matched)
    .map(({ topicId, score, terms }) => ({ topicId, score, terms }));
}

/** One topic over one entry, matched or not, with the score, threshold and the evidence. */
export function explainMatch(entry: ClassifiableEntry, topic: CompiledTopic): MatchExplanation {
  return explainDocument(buildDocument(entry), topic, topic.pinned?.get(pinKey(entry)));
}

/**
 * Whether a topic's word model may decide an entry with this evidence: a candidate (its evidence
 * weighed: the query at least) with no evidence against it (an ordinary crime, a prisoner of war).
 * The classifier and the model's trainer (bench/eval/train-topic-model.ts) ask the same.
 */
export function isOpenToModel(evidence: readonly FeatureEvidence[]): boolean {
  return evidence.length > 0 && !evidence.some((feature) => feature.kind === 'against');
}

function explainDocument(
  doc: IndexedDocument,
  topic: CompiledTopic,
  taught: boolean | undefined,
): MatchExplanation {
  const { candidate, score, features } = weighEvidence(doc, topic);
  const evidence = candidate ? features : [];
  const model = candidate && topic.textModel ? readTextModel(topic.textModel, doc) : undefined;
  // A candidate under the score the model is sure of is in the topic by the model's word, unless
  // the topic's own evidence against it says otherwise (isOpenToModel).
  const byModel =
    model !== undefined &&
    topic.textModel !== undefined &&
    score < topic.minScore &&
    model.probability >= topic.textModel.threshold &&
    isOpenToModel(evidence);
  const terms = evidence.flatMap((feature) =>
    feature.id === QUERY_FEATURE
      ? feature.terms
      : feature.terms.map((term) => `${feature.id}: ${term}`),
  );
  if (byModel) terms.push(...model.stems.map((stem) => `model: ${stem}`));
  return {
    topicId: topic.id,
    score,
    terms: taught === undefined ? terms : [`taught: ${taught ? 'yes' : 'no'}`, ...terms],
    matched: taught ?? (candidate && (score >= topic.minScore || byModel)),
    minScore: topic.minScore,
    evidence,
    ...(model ? { model } : {}),
    ...(taught === undefined ? {} : { taught }),
  };
}
