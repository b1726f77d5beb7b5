import type { CompiledQuery } from '../classifier/index.js';

type QueryNode = CompiledQuery['root'];
type LeafNode = Extract<QueryNode, { kind: 'leaf' }>;

/** The most a search query may cost (see `searchQueryCost`); more is refused with 400. */
export const MAX_SEARCH_COST = 1_000;

/** What one word costs: a prefix costs more the shorter it is (`a*` expands to half the index). */
function wordCost(word: LeafNode['words'][number]): number {
  if (!word.prefix) return 1;
  return word.text.length >= 4 ? 2 : 2 * (5 - word.text.length);
}

function leafCost(leaf: LeafNode): number {
  return leaf.words.reduce((sum, word) => sum + wordCost(word), 0);
}

/**
 * What a query costs to check: each word 1 (a prefix more), each NEAR the words of its two sides
 * times its distance (the positions the check must compare).
 */
export function searchQueryCost(node: QueryNode): number {
  switch (node.kind) {
    case 'leaf':
      return leafCost(node);
    case 'near': {
      const words = [...node.left, ...node.right].reduce((sum, leaf) => sum + leafCost(leaf), 0);
      return words * Math.max(1, node.distance);
    }
    case 'not':
      return searchQueryCost(node.child);
    default:
      return node.children.reduce((sum, child) => sum + searchQueryCost(child), 0);
  }
}

/** One folded word as an FTS5 string, a prefix as `"word" *`. */
function ftsWord(word: LeafNode['words'][number]): string {
  const quoted = `"${word.text.replace(/"/g, '""')}"`;
  return word.prefix ? `${quoted} *` : quoted;
}

/**
 * A leaf as FTS5: a phrase when only its last word may be a prefix (FTS5's rule), else every
 * word required (a superset: the classifier checks the order).
 */
function ftsLeaf(leaf: LeafNode): string {
  const words = leaf.words.filter((word) => word.text !== '');
  const middlePrefix = words.slice(0, -1).some((word) => word.prefix);
  const last = words[words.length - 1];
  let body: string;
  if (words.length === 1 && last) body = ftsWord(last);
  else if (!middlePrefix && last) {
    const phrase = words.map((word) => word.text.replace(/"/g, '""')).join(' ');
    body = last.prefix ? `"${phrase}" *` : `"${phrase}"`;
  } else body = `(${words.map(ftsWord).join(' AND ')})`;
  if (leaf.field === 'title') return `title : ${body}`;
  if (leaf.field === 'content') return `body : ${body}`;
  return body;
}

function any(parts: string[]): string {
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`;
}

/**
 * A candidate query for FTS5: every entry the topic query can match is among its results (NOT is
 * left to the classifier; NEAR becomes AND of its sides); undefined when the query constrains
 * nothing FTS5 can use. The classifier then decides on the candidates alone.
 */
export function toFtsQuery(node: QueryNode): string | undefined {
  switch (node.kind) {
    case 'leaf':
      return node.words.some((word) => word.text !== '') ? ftsLeaf(node) : undefined;
    case 'near':
      return `(${any(node.left.map(ftsLeaf))} AND ${any(node.right.map(ftsLeaf))})`;
    case 'not':
      return undefined;
    case 'and': {
      const parts = node.children.flatMap((child) => toFtsQuery(child) ?? []);
      return parts.length === 0 ? undefined : `(${parts.join(' AND ')})`;
    }
    case 'or': {
      const parts = node.children.map(toFtsQuery);
      if (parts.some((part) => part === undefined)) return undefined;
      return any(parts as string[]);
    }
  }
}
