import {
  type CompiledEvidence,
  DEFAULT_EVIDENCE_WEIGHTS,
  type EvidenceDefinition,
  QUERY_FEATURE,
  weightBounds,
} from './evidence.js';
import { lexQuery } from './lex-query.js';
import { makeLeaf, parseQuery, QUERY_LIMITS } from './parse-query.js';
import {
  type LeafNode,
  type QueryNode,
  QuerySyntaxError,
  TopicDefinitionError,
} from './query-node.js';
import type { TextModel } from './text-model.js';
import type { MatcherSlot } from './topic-matcher.js';

/**
 * Default relevance threshold: one title mention (3), or a lead mention plus another (2 + 0.7·w),
 * or four body mentions (1 + 0.7 + 0.49 + 0.34); never one passing mention, even in the lead.
 */
export const DEFAULT_MIN_SCORE = 2.5;

export interface TopicDefinition {
  id: string;
  query: string;
  minScore?: number;
  /** Names to watch, each a phrase; they count as extra positive terms. */
  watchlist?: string[];
  /** Named groups of evidence, each weighed by what it is. */
  evidence?: EvidenceDefinition[];
  /** A word model learned from labelled entries (text-model.ts). */
  textModel?: TextModel;
}

export interface CompiledTopic {
  id: string;
  query: CompiledQuery;
  minScore: number;
  watchlist: LeafNode[];
  /** Named groups of evidence (none: the query alone decides, as before evidence existed). */
  evidence?: CompiledEvidence[];
  /** Takes in a candidate under minScore when it is sure enough (text-model.ts). */
  textModel?: TextModel;
  /**
   * Weight per point of each feature: `query` (the query and watch-list, 1 when unset) and every
   * evidence group by id (its configured weight when unset); learned from labelled examples when
   * `learned` is set.
   */
  weights?: Readonly<Record<string, number>>;
  /** Set when `weights` were learned from labelled examples. */
  learned?: { examples: number; positives: number };
  /**
   * Entries a user labelled (`topics teach`), by `pinKey`: their label decides, whatever the score.
   */
  pinned?: ReadonlyMap<string, boolean>;
  /** Where its matcher is kept once made (topic-matcher.ts); absent: made for each entry. */
  matching?: MatcherSlot;
}

/** How a pinned label recognizes its entry: the exact title and text it was labelled with. */
export function pinKey(entry: { title: string; text: string }): string {
  return `${entry.title}\u0000${entry.text}`;
}

/** Compiles a topic; a bad query or watch-list name throws QuerySyntaxError (with its `path`). */
export function compileTopic(def: TopicDefinition): CompiledTopic {
  const watchlist = (def.watchlist ?? []).map((name) => compileWatchName(name));
  const evidence = (def.evidence ?? []).map((group, index) => compileEvidence(group, index));
  assertDistinctIds(evidence);
  const weights: Record<string, number> = { [QUERY_FEATURE]: 1 };
  for (const group of evidence) weights[group.id] = group.weight;
  return {
    id: def.id,
    query: compileQuery(def.query),
    minScore: def.minScore ?? DEFAULT_MIN_SCORE,
    watchlist,
    evidence,
    weights,
    ...(def.textModel ? { textModel: def.textModel } : {}),
    matching: {},
  };
}

function compileEvidence(group: EvidenceDefinition, index: number): CompiledEvidence {
  const weight = group.weight ?? DEFAULT_EVIDENCE_WEIGHTS[group.kind];
  const bounds = weightBounds(group.kind);
  if (!(weight >= bounds.min && weight <= bounds.max)) {
    const range = group.kind === 'against' ? 'zero or below' : `${bounds.min} or above`;
    throw new TopicDefinitionError(`a ${group.kind} group's weight must be ${range}`, [
      'evidence',
      index,
      'weight',
    ]);
  }
  try {
    return { id: group.id, kind: group.kind, query: compileQuery(group.query), weight };
  } catch (error) {
    if (error instanceof QuerySyntaxError) error.path = ['evidence', index, 'query'];
    throw error;
  }
}

function assertDistinctIds(evidence: CompiledEvidence[]): void {
  const seen = new Set([QUERY_FEATURE]);
  evidence.forEach((group, index) => {
    if (seen.has(group.id)) {
      const message = `evidence id "${group.id}" is ${group.id === QUERY_FEATURE ? 'reserved' : 'used twice'}`;
      throw new TopicDefinitionError(message, ['evidence', index, 'id']);
    }
    seen.add(group.id);
  });
}

/** The same topic judged with other weights (learned ones); features without a weight keep theirs. */
export function withWeights(
  topic: CompiledTopic,
  weights: Readonly<Record<string, number>>,
  learned?: CompiledTopic['learned'],
): CompiledTopic {
  const merged: Record<string, number> = { ...readWeights(topic) };
  for (const id of Object.keys(merged)) if (weights[id] !== undefined) merged[id] = weights[id];
  const { learned: _previous, ...rest } = topic;
  return learned ? { ...rest, weights: merged, learned } : { ...rest, weights: merged };
}

/** The same topic with these user labels deciding for their entries (by `pinKey`). */
export function withPins(
  topic: CompiledTopic,
  pinned: ReadonlyMap<string, boolean>,
): CompiledTopic {
  const { pinned: _previous, ...rest } = topic;
  return pinned.size > 0 ? { ...rest, pinned } : rest;
}

/** The weights the topic definition gives, before any learning: the prior learning starts from. */
export function configuredWeights(topic: CompiledTopic): Record<string, number> {
  const weights: Record<string, number> = { [QUERY_FEATURE]: 1 };
  for (const group of topic.evidence ?? []) weights[group.id] = group.weight;
  return weights;
}

/** Every feature's weight: the query's and each evidence group's, set or by default. */
export function readWeights(topic: CompiledTopic): Record<string, number> {
  const weights: Record<string, number> = { [QUERY_FEATURE]: topic.weights?.[QUERY_FEATURE] ?? 1 };
  for (const group of topic.evidence ?? [])
    weights[group.id] = topic.weights?.[group.id] ?? group.weight;
  return weights;
}

function compileWatchName(name: string): LeafNode {
  if (name.includes('"')) {
    throw new QuerySyntaxError('a watch-list name cannot contain a double quote', {
      offset: name.indexOf('"'),
      source: name,
    });
  }
  return makeLeaf({ type: 'phrase', text: name, offset: 0 }, 'any', name);
}

/** Reads a watch-list file: one name a line (a phrase, `*` allowed per word); `#` starts a comment. */
export function parseWatchlist(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.replace(/#.*$/u, '').trim())
    .filter((line) => line.length > 0);
}

export interface CompiledQuery {
  source: string;
  root: QueryNode;
}

/** Parses and checks a topic query once, at config load; throws QuerySyntaxError with an offset. */
export function compileQuery(source: string): CompiledQuery {
  if (source.length > QUERY_LIMITS.maxLength) {
    const message = `query is longer than ${QUERY_LIMITS.maxLength} characters`;
    throw new QuerySyntaxError(message, { offset: QUERY_LIMITS.maxLength, source });
  }
  const root = parseQuery(lexQuery(source), source);
  assertPositive(root, source);
  return { source, root };
}

/** A query must require at least one term to be present: `NOT x` alone would match everything. */
function assertPositive(root: QueryNode, source: string): void {
  if (isPositive(root)) return;
  const culprit = root.kind === 'or' ? (root.children.find((c) => !isPositive(c)) ?? root) : root;
  const message =
    culprit === root
      ? 'query has only NOT terms; add a term that must be present'
      : 'every OR branch needs a term that must be present, not only NOT';
  throw new QuerySyntaxError(message, { offset: culprit.offset, source });
}

function isPositive(node: QueryNode): boolean {
  switch (node.kind) {
    case 'leaf':
    case 'near':
      return true;
    case 'not':
      return false;
    case 'and':
      return node.children.some(isPositive);
    case 'or':
      return node.children.every(isPositive);
  }
}
