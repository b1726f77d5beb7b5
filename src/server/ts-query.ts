import type { CompiledQuery } from '../classifier/index.js';

type QueryNode = CompiledQuery['root'];
type LeafNode = Extract<QueryNode, { kind: 'leaf' }>;

// The PostgreSQL twin of fts-query.ts: the topic query as a `tsquery` over the index of
// migrations/postgres/0003 (the classifier's folded words; title words weight A, body words D).
// The words are written as quoted lexemes and cast (`::tsquery`), never through a text search
// configuration, so they are matched exactly as folded, as FTS5 matches them.

function quoteLexeme(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** One folded word: `'word'`, a prefix `'word':*`, restricted to a field by its weight. */
function tsWord(word: LeafNode['words'][number], weight: string): string {
  const label = `${word.prefix ? '*' : ''}${weight}`;
  return label === '' ? quoteLexeme(word.text) : `${quoteLexeme(word.text)}:${label}`;
}

const FIELD_WEIGHTS: Record<LeafNode['field'], string> = { any: '', title: 'A', content: 'D' };

/** A leaf: one word, or a phrase (`<->`: each word right after the previous, any may be a prefix). */
function tsLeaf(leaf: LeafNode): string {
  const weight = FIELD_WEIGHTS[leaf.field];
  const words = leaf.words.filter((word) => word.text !== '').map((word) => tsWord(word, weight));
  return words.length === 1 ? (words[0] as string) : `(${words.join(' <-> ')})`;
}

function any(parts: string[]): string {
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' | ')})`;
}

/**
 * A candidate query for the PostgreSQL index, with the same reach as toFtsQuery: every entry the
 * topic query can match is among its results (NOT is left to the classifier; NEAR becomes AND of
 * its sides); undefined when the query constrains nothing the index can use.
 */
export function toTsQuery(node: QueryNode): string | undefined {
  switch (node.kind) {
    case 'leaf':
      return node.words.some((word) => word.text !== '') ? tsLeaf(node) : undefined;
    case 'near':
      return `(${any(node.left.map(tsLeaf))} & ${any(node.right.map(tsLeaf))})`;
    case 'not':
      return undefined;
    case 'and': {
      const parts = node.children.flatMap((child) => toTsQuery(child) ?? []);
      return parts.length === 0 ? undefined : `(${parts.join(' & ')})`;
    }
    case 'or': {
      const parts = node.children.map(toTsQuery);
      if (parts.some((part) => part === undefined)) return undefined;
      return any(parts as string[]);
    }
  }
}
