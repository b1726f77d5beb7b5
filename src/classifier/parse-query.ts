import { splitFoldedWords } from './fold-text.js';
import type { QueryToken } from './lex-query.js';
import {
  type LeafNode,
  type QueryField,
  type QueryNode,
  QuerySyntaxError,
  type WordPattern,
} from './query-node.js';

/** Bounds that keep a hostile or mistaken query from costing more than a config error. */
export const QUERY_LIMITS = {
  maxLength: 4000,
  maxTerms: 500,
  maxDepth: 50,
  maxNearDistance: 100,
  minPrefixLength: 2,
} as const;

interface ParserState {
  readonly tokens: QueryToken[];
  readonly source: string;
  pos: number;
  depth: number;
  terms: number;
}

const STARTS_OPERAND = new Set(['word', 'phrase', 'lparen', 'not', 'field']);

/**
 * Recursive descent over the tokens. Precedence, loosest first: OR, AND (also implicit between
 * adjacent operands), NOT, NEAR/n, then a term, a "phrase" or a (group), each with an optional
 * field prefix.
 */
export function parseQuery(tokens: QueryToken[], source: string): QueryNode {
  if (tokens.length === 0) throw new QuerySyntaxError('empty query', { offset: 0, source });
  const state: ParserState = { tokens, source, pos: 0, depth: 0, terms: 0 };
  const root = parseOr(state, 'any');
  const extra = tokens[state.pos];
  if (extra) fail(state, extra, extra.type === 'rparen' ? 'unexpected ")"' : 'unexpected token');
  return root;
}

function parseOr(state: ParserState, field: QueryField): QueryNode {
  const children = [parseAnd(state, field)];
  for (let op = peek(state); op?.type === 'or'; op = peek(state)) {
    state.pos += 1;
    expectOperand(state, op, 'OR needs a term after it');
    children.push(parseAnd(state, field));
  }
  return children.length === 1
    ? (children[0] as QueryNode)
    : { kind: 'or', children, offset: children[0]?.offset ?? 0 };
}

function parseAnd(state: ParserState, field: QueryField): QueryNode {
  const children = [parseUnary(state, field)];
  for (let next = peek(state); next; next = peek(state)) {
    if (next.type === 'and') {
      state.pos += 1;
      expectOperand(state, next, 'AND needs a term after it');
    } else if (!STARTS_OPERAND.has(next.type)) {
      break;
    }
    children.push(parseUnary(state, field));
  }
  return children.length === 1
    ? (children[0] as QueryNode)
    : { kind: 'and', children, offset: children[0]?.offset ?? 0 };
}

function parseUnary(state: ParserState, field: QueryField): QueryNode {
  const op = peek(state);
  if (op?.type !== 'not') return parseNear(state, field);
  state.pos += 1;
  expectOperand(state, op, 'NOT needs a term after it');
  enterNesting(state, op);
  const child = parseUnary(state, field);
  state.depth -= 1;
  return { kind: 'not', child, offset: op.offset };
}

function parseNear(state: ParserState, field: QueryField): QueryNode {
  const left = parsePrimary(state, field);
  const op = peek(state);
  if (op?.type !== 'near') return left;
  state.pos += 1;
  expectOperand(state, op, 'NEAR needs a term after it');
  const right = parsePrimary(state, field);
  const next = peek(state);
  if (next?.type === 'near') fail(state, next, 'NEAR cannot be chained; use AND');
  const distance = op.distance ?? 0;
  if (distance > QUERY_LIMITS.maxNearDistance)
    fail(state, op, `NEAR distance above ${QUERY_LIMITS.maxNearDistance}`);
  return {
    kind: 'near',
    left: toNearOperand(state, op, left),
    right: toNearOperand(state, op, right),
    distance,
    offset: left.offset,
  };
}

/** A NEAR operand is a term, a phrase, or a group of them joined by OR. */
function toNearOperand(state: ParserState, op: QueryToken, node: QueryNode): LeafNode[] {
  if (node.kind === 'leaf') return [node];
  if (node.kind === 'or' && node.children.every((child) => child.kind === 'leaf'))
    return node.children as LeafNode[];
  return fail(state, op, 'NEAR joins terms, phrases or OR-groups of them, nothing else');
}

function parsePrimary(state: ParserState, field: QueryField): QueryNode {
  const token = peek(state);
  if (!token)
    throw new QuerySyntaxError('query ends where a term was expected', {
      offset: state.source.length,
      source: state.source,
    });
  state.pos += 1;
  switch (token.type) {
    case 'field':
      expectOperand(state, token, `${token.text}: needs a term, phrase or group after it`);
      if (peek(state)?.type === 'not' || peek(state)?.type === 'field')
        fail(state, token, `${token.text}: needs a term, phrase or group after it`);
      return parsePrimary(state, token.text as QueryField);
    case 'lparen':
      return parseGroup(state, token, field);
    case 'word':
    case 'phrase':
      return parseLeaf(state, token, field);
    case 'rparen':
      return fail(state, token, 'unexpected ")"');
    default:
      return fail(state, token, `${token.text} needs a term before it`);
  }
}

function parseGroup(state: ParserState, open: QueryToken, field: QueryField): QueryNode {
  enterNesting(state, open);
  if (peek(state)?.type === 'rparen') fail(state, open, 'empty parentheses');
  const node = parseOr(state, field);
  if (peek(state)?.type !== 'rparen') fail(state, open, 'unclosed parenthesis');
  state.pos += 1;
  state.depth -= 1;
  return node;
}

function parseLeaf(state: ParserState, token: QueryToken, field: QueryField): LeafNode {
  state.terms += 1;
  if (state.terms > QUERY_LIMITS.maxTerms)
    fail(state, token, `too many terms (over ${QUERY_LIMITS.maxTerms})`);
  return makeLeaf(token, field, state.source);
}

function enterNesting(state: ParserState, token: QueryToken): void {
  state.depth += 1;
  if (state.depth > QUERY_LIMITS.maxDepth)
    fail(state, token, `nesting deeper than ${QUERY_LIMITS.maxDepth}`);
}

function expectOperand(state: ParserState, op: QueryToken, message: string): void {
  const next = peek(state);
  if (!next || !STARTS_OPERAND.has(next.type)) fail(state, op, message);
}

function peek(state: ParserState): QueryToken | undefined {
  return state.tokens[state.pos];
}

function fail(state: ParserState, token: QueryToken, message: string): never {
  throw new QuerySyntaxError(message, { offset: token.offset, source: state.source });
}

/**
 * Turns a word or phrase token into a leaf of folded words. A `*` at the end of a word makes it a
 * prefix (`belarus*`, `"political prisoner*"`, `"prisoner* of war"`). A word that folds into
 * several tokens (`pro-democracy`, `Lukashenka's`) becomes a phrase.
 */
export function makeLeaf(token: QueryToken, field: QueryField, source: string): LeafNode {
  const start = token.type === 'phrase' ? token.offset + 1 : token.offset;
  const words: WordPattern[] = [];
  for (const part of token.text.matchAll(/\S+/gu)) {
    words.push(...readPart(part[0], start + part.index, source));
  }
  if (words.length === 0) {
    const what = token.type === 'phrase' ? 'phrase' : 'term';
    throw new QuerySyntaxError(`${what} has no letters or digits`, {
      offset: token.offset,
      source,
    });
  }
  const label = token.type === 'phrase' ? `"${token.text}"` : token.text;
  return { kind: 'leaf', words, field, label, offset: token.offset };
}

function readPart(part: string, offset: number, source: string): WordPattern[] {
  const prefix = part.endsWith('*');
  const body = prefix ? part.slice(0, -1) : part;
  const star = body.indexOf('*');
  if (star >= 0) {
    throw new QuerySyntaxError('"*" is only allowed at the end of a word', {
      offset: offset + star,
      source,
    });
  }
  const words = splitFoldedWords(body).map((text) => ({ text, prefix: false }));
  const last = words.at(-1);
  if (prefix && (!last || last.text.length < QUERY_LIMITS.minPrefixLength)) {
    const message = `a prefix needs at least ${QUERY_LIMITS.minPrefixLength} letters before "*"`;
    throw new QuerySyntaxError(message, { offset, source });
  }
  if (last) last.prefix = prefix;
  return words;
}
