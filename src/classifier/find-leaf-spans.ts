import type { IndexedDocument, TokenIndex } from './build-document.js';
import { findWordPositions, matchesWord } from './find-word-positions.js';
import type { Span } from './hit.js';
import type { LeafNode } from './query-node.js';

/** Every place a term or phrase occurs in the fields its leaf allows, title first. */
export function findLeafSpans(leaf: LeafNode, doc: IndexedDocument): Span[] {
  const spans: Span[] = [];
  if (leaf.field !== 'content') spans.push(...findInIndex(leaf, doc.title, true));
  if (leaf.field !== 'title') spans.push(...findInIndex(leaf, doc.content, false));
  return spans;
}

function findInIndex(leaf: LeafNode, index: TokenIndex, inTitle: boolean): Span[] {
  const [first, ...rest] = leaf.words;
  if (!first) return [];
  const length = leaf.words.length;
  return findWordPositions(first, index)
    .filter((pos) => rest.every((word, i) => matchesWord(word, index.tokens[pos + 1 + i])))
    .map((pos) => ({ label: leaf.label, inTitle, pos, length }));
}
