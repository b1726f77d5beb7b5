import { lexQuery } from './lex-query.js';
import { parseQuery, QUERY_LIMITS } from './parse-query.js';
import { type QueryNode, QuerySyntaxError } from './query-node.js';

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
