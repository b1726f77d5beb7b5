import { lexQuery } from './lex-query.js';
import { makeLeaf, parseQuery, QUERY_LIMITS } from './parse-query.js';
import { type LeafNode, type QueryNode, QuerySyntaxError } from './query-node.js';

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
}

export interface CompiledTopic {
  id: string;
  query: CompiledQuery;
  minScore: number;
  watchlist: LeafNode[];
}

/** Compiles a topic; a bad query or watch-list name throws QuerySyntaxError. */
export function compileTopic(def: TopicDefinition): CompiledTopic {
  const watchlist = (def.watchlist ?? []).map((name) => compileWatchName(name));
  return {
    id: def.id,
    query: compileQuery(def.query),
    minScore: def.minScore ?? DEFAULT_MIN_SCORE,
    watchlist,
  };
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
