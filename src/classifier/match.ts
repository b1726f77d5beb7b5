import {
  type IndexedDocument,
  PREFIX_HEAD_CHARS,
  prefixHead,
  type TokenIndex,
} from './build-document.js';
import type { LeafNode, NearNode, QueryNode, WordPattern } from './query-node.js';

/** Where in an entry a query leaf matched. */
export type Zone = 'title' | 'lead' | 'body';

export interface Hit {
  /** The leaf as written in the query or watch-list. */
  label: string;
  zone: Zone;
  /** Token position within the title or the content. */
  pos: number;
}

/** A span in one token list: the title or the content. */
interface Span {
  /** The label of the leaf that matched here. */
  label: string;
  inTitle: boolean;
  pos: number;
  length: number;
}

export interface Evaluation {
  matched: boolean;
  /** Hits of the leaves that made the query true; leaves under NOT never contribute. */
  hits: Hit[];
}

/** Evaluates the boolean query over a tokenized entry, keeping where each contributing leaf hit. */
export function evaluateQuery(node: QueryNode, doc: IndexedDocument): Evaluation {
  switch (node.kind) {
    case 'leaf':
      return fromSpans(findLeafSpans(node, doc), doc);
    case 'near':
      return fromSpans(findNearSpans(node, doc), doc);
    case 'not':
      return { matched: !evaluateQuery(node.child, doc).matched, hits: [] };
    case 'and': {
      const results = node.children.map((child) => evaluateQuery(child, doc));
      const matched = results.every((r) => r.matched);
      return { matched, hits: matched ? results.flatMap((r) => r.hits) : [] };
    }
    case 'or': {
      const results = node.children
        .map((child) => evaluateQuery(child, doc))
        .filter((r) => r.matched);
      return { matched: results.length > 0, hits: results.flatMap((r) => r.hits) };
    }
  }
}

function fromSpans(spans: readonly Span[], doc: IndexedDocument): Evaluation {
  const hits = spans.map(
    (span): Hit => ({ label: span.label, zone: zoneOf(span, doc), pos: span.pos }),
  );
  return { matched: hits.length > 0, hits };
}

function zoneOf(span: Span, doc: IndexedDocument): Hit['zone'] {
  if (span.inTitle) return 'title';
  return span.pos < doc.leadLength ? 'lead' : 'body';
}

/**
 * Every place a term or phrase occurs in the fields its leaf allows, title first. Most leaves of
 * a topic set occur nowhere in a given entry: that case allocates nothing.
 */
function findLeafSpans(leaf: LeafNode, doc: IndexedDocument): readonly Span[] {
  const title = leaf.field === 'content' ? NO_SPANS : findInIndex(leaf, doc.title, true);
  const content = leaf.field === 'title' ? NO_SPANS : findInIndex(leaf, doc.content, false);
  if (content.length === 0) return title;
  return title.length === 0 ? content : [...title, ...content];
}

const NO_SPANS: readonly Span[] = [];
const NO_POSITIONS: readonly number[] = [];

function findInIndex(leaf: LeafNode, index: TokenIndex, inTitle: boolean): Span[] {
  const { words } = leaf;
  const first = words[0];
  if (!first) return [];
  const positions = findWordPositions(first, index);
  const spans: Span[] = [];
  for (const pos of positions) {
    let matches = true;
    for (let i = 1; i < words.length && matches; i += 1)
      matches = matchesWord(words[i] as WordPattern, index.tokens[pos + i]);
    if (matches) spans.push({ label: leaf.label, inTitle, pos, length: words.length });
  }
  return spans;
}

/**
 * The spans of both operands wherever they occur with at most `distance` words between them, in
 * either order, in the same field. Cost: each left span scans a window of about 2·distance rights.
 */
function findNearSpans(node: NearNode, doc: IndexedDocument): Span[] {
  const lefts = findGroupSpans(node.left, doc);
  const rights = findGroupSpans(node.right, doc);
  const near = new Set<Span>();
  for (const inTitle of [true, false]) {
    const zoneLefts = lefts.filter((s) => s.inTitle === inTitle);
    const zoneRights = rights.filter((s) => s.inTitle === inTitle);
    markNear(zoneLefts, zoneRights, node.distance, near);
  }
  return [...lefts, ...rights].filter((span) => near.has(span));
}

function findGroupSpans(leaves: LeafNode[], doc: IndexedDocument): Span[] {
  return leaves.flatMap((leaf) => findLeafSpans(leaf, doc)).sort((a, b) => a.pos - b.pos);
}

function markNear(lefts: Span[], rights: Span[], distance: number, near: Set<Span>): void {
  let start = 0;
  for (const left of lefts) {
    while (start < rights.length && isBefore(rights[start] as Span, left, distance)) start += 1;
    for (let k = start; k < rights.length; k += 1) {
      const right = rights[k] as Span;
      if (right.pos > left.pos + left.length + distance) break;
      if (right.pos + right.length <= left.pos || right.pos >= left.pos + left.length) {
        near.add(left);
        near.add(right);
      }
    }
  }
}

/** True when `right` ends more than `distance` words before `left` starts. */
function isBefore(right: Span, left: Span, distance: number): boolean {
  return right.pos + right.length + distance < left.pos;
}

/**
 * Sorted positions of the tokens a word pattern matches: exact, or by binary search for a prefix
 * (kept in the index: the topics of a set share many prefixes). Read-only: shared.
 */
function findWordPositions(word: WordPattern, index: TokenIndex): readonly number[] {
  if (!word.prefix) return index.positions.get(word.text) ?? NO_POSITIONS;
  const headLength = Math.min(word.text.length, PREFIX_HEAD_CHARS);
  if (headLength > 0 && !index.heads.has(prefixHead(word.text, headLength))) return NO_POSITIONS;
  const known = index.prefixes.get(word.text);
  if (known) return known;
  const found: number[] = [];
  const { vocabulary } = index;
  for (let i = lowerBound(vocabulary, word.text); i < vocabulary.length; i += 1) {
    const token = vocabulary[i] as string;
    if (!token.startsWith(word.text)) break;
    for (const pos of index.positions.get(token) ?? NO_POSITIONS) found.push(pos);
  }
  const sorted = found.length === 0 ? NO_POSITIONS : found.sort((a, b) => a - b);
  index.prefixes.set(word.text, sorted);
  return sorted;
}

function matchesWord(word: WordPattern, token: string | undefined): boolean {
  if (token === undefined) return false;
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

function lowerBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
