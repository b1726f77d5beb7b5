import type { IndexedDocument } from './build-document.js';
import type { CompiledEvidence } from './evidence.js';
import {
  createPatternTable,
  locatePatterns,
  numberPattern,
  type PatternPositions,
  type PatternTable,
} from './pattern-table.js';
import type { LeafNode, QueryNode, WordPattern } from './query-node.js';

/**
 * What matching needs of one topic, compiled once: every word pattern of its query, watch-list
 * and evidence groups numbered in one table, those queries with their nodes numbered, and from
 * each pattern the leaves it starts (term → leaves): an entry's few patterns mark the few nodes
 * that can match, and evaluation skips the rest.
 */
export interface TopicMatcher {
  /** What it was compiled from: it serves a topic holding these very objects. */
  root: QueryNode;
  watchlistLeaves: readonly LeafNode[];
  groups: readonly CompiledEvidence[] | undefined;
  table: PatternTable;
  /** By node id, its parent's (−1: a root). */
  parents: number[];
  /** By pattern id, the leaves (node ids) whose first word it is. */
  leavesOf: number[][];
  query: MatchNode;
  watchlist: MatchNode[];
  /** The evidence groups' queries, in the topic's order. */
  evidence: MatchNode[];
}

/**
 * A query node as a topic's matcher evaluates it (topic-matcher.ts): numbered within the topic,
 * each leaf with the id of its first word in the topic's pattern table (pattern-table.ts).
 */
export type MatchNode = MatchLeaf | MatchNear | MatchBoolean | MatchNot;

interface NodeBase {
  /** The node's number within its topic. */
  id: number;
  /** True when it can only match where one of its leaves occurs (no NOT makes it true). */
  positive: boolean;
}

export interface MatchLeaf extends NodeBase {
  kind: 'leaf';
  leaf: LeafNode;
  /** The pattern id of the leaf's first word. */
  first: number;
}

export interface MatchNear extends NodeBase {
  kind: 'near';
  left: MatchLeaf[];
  right: MatchLeaf[];
  distance: number;
}

export interface MatchBoolean extends NodeBase {
  kind: 'and' | 'or';
  children: MatchNode[];
}

export interface MatchNot extends NodeBase {
  kind: 'not';
  child: MatchNode;
}

/** What evaluating a topic's queries reads of one entry, besides its tokens. */
export interface EntryPatterns {
  /** Where each of the topic's patterns occurs (locatePatterns). */
  positions: PatternPositions;
  /** By node id, 1 where a leaf of the node occurs: a positive node without it cannot match. */
  live: Uint8Array;
}

/**
 * Where a compiled topic keeps its matcher, made on first use. Copies of the topic (other
 * weights, labels) share it; a copy with another query, watch-list or evidence puts its own
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

/** Where the topic's patterns occur in the entry, and which of its nodes can match there. */
export function locateMatches(matcher: TopicMatcher, doc: IndexedDocument): EntryPatterns {
  const positions = locatePatterns(matcher.table, doc);
  const { parents, leavesOf } = matcher;
  const live = new Uint8Array(parents.length);
  for (const pattern of positions.present) {
    for (const leaf of leavesOf[pattern] as number[]) {
      for (let node = leaf; node >= 0 && live[node] === 0; node = parents[node] as number)
        live[node] = 1;
    }
  }
  return { positions, live };
}

function compileMatcher(topic: MatchableTopic): TopicMatcher {
  const matcher: TopicMatcher = {
    root: topic.query.root,
    watchlistLeaves: topic.watchlist,
    groups: topic.evidence,
    table: createPatternTable(),
    parents: [],
    leavesOf: [],
    query: undefined as never,
    watchlist: [],
    evidence: [],
  };
  matcher.query = compileNode(matcher, topic.query.root, -1);
  matcher.watchlist = topic.watchlist.map((leaf) => compileNode(matcher, leaf, -1));
  matcher.evidence = (topic.evidence ?? []).map((g) => compileNode(matcher, g.query.root, -1));
  return matcher;
}

function compileNode(matcher: TopicMatcher, node: QueryNode, parent: number): MatchNode {
  const id = matcher.parents.push(parent) - 1;
  switch (node.kind) {
    case 'leaf':
      return compileLeaf(matcher, node, id);
    case 'near': {
      const side = (leaf: LeafNode) => compileLeaf(matcher, leaf, matcher.parents.push(id) - 1);
      const left = node.left.map(side);
      const right = node.right.map(side);
      return { kind: 'near', id, positive: true, left, right, distance: node.distance };
    }
    case 'not': {
      const child = compileNode(matcher, node.child, id);
      return { kind: 'not', id, positive: false, child };
    }
    case 'and':
    case 'or': {
      const children = node.children.map((child) => compileNode(matcher, child, id));
      const positive =
        node.kind === 'and' ? children.some((c) => c.positive) : children.every((c) => c.positive);
      return { kind: node.kind, id, positive, children };
    }
  }
}

function compileLeaf(matcher: TopicMatcher, leaf: LeafNode, id: number): MatchLeaf {
  const first = numberPattern(matcher.table, leaf.words[0] as WordPattern);
  const leaves = matcher.leavesOf[first];
  if (leaves) leaves.push(id);
  else matcher.leavesOf[first] = [id];
  return { kind: 'leaf', id, positive: true, leaf, first };
}
