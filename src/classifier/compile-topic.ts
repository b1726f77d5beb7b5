import { type CompiledQuery, compileQuery } from './compile-query.js';
import { makeLeaf } from './parse-query.js';
import { type LeafNode, QuerySyntaxError } from './query-node.js';

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
