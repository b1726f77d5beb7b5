import type { CompiledEvidence } from './evidence.js';
import { compileMatchNode, type MatchNode } from './match.js';
import { createPatternTable, numberPattern, type PatternTable } from './pattern-table.js';
import type { LeafNode, QueryNode } from './query-node.js';

/**
 * What matching needs of one topic, compiled once: every word pattern of its query, watch-list
 * and evidence groups numbered in one table, and each of those queries with its leaves numbered.
 */
export interface TopicMatcher {
  /** What it was compiled from: it serves a topic holding these very objects. */
  root: QueryNode;
  watchlistLeaves: readonly LeafNode[];
  groups: readonly CompiledEvidence[] | undefined;
  table: PatternTable;
  query: MatchNode;
  watchlist: MatchNode[];
  /** The evidence groups' queries, in the topic's order. */
  evidence: MatchNode[];
}

/**
 * Where a compiled topic keeps its matcher, made on first use. Copies of the topic (other
 * weights, labels) share it; a copy with another query, watch-list or evidence gets its own
 * matcher in it, and the one it replaced is made again if its topic is used after.
 */
export interface MatcherSlot {
  matcher?: TopicMatcher;
}

/** The parts of a topic matching reads (CompiledTopic's). */
export interface MatchableTopic {
  query: { root: QueryNode };
  watchlist: LeafNode[];
  evidence?: CompiledEvidence[];
  matching?: MatcherSlot;
}

/** The topic's matcher: the one in its slot when it was made from this topic, else a new one. */
export function matcherOf(topic: MatchableTopic): TopicMatcher {
  const kept = topic.matching?.matcher;
  if (
    kept &&
    kept.root === topic.query.root &&
    kept.watchlistLeaves === topic.watchlist &&
    kept.groups === topic.evidence
  )
    return kept;
  const matcher = compileMatcher(topic);
  if (topic.matching) topic.matching.matcher = matcher;
  return matcher;
}

function compileMatcher(topic: MatchableTopic): TopicMatcher {
  const table = createPatternTable();
  const compile = (node: QueryNode) => compileMatchNode(node, (word) => numberPattern(table, word));
  return {
    root: topic.query.root,
    watchlistLeaves: topic.watchlist,
    groups: topic.evidence,
    table,
    query: compile(topic.query.root),
    watchlist: topic.watchlist.map(compile),
    evidence: (topic.evidence ?? []).map((group) => compile(group.query.root)),
  };
}
