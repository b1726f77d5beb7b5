import type { IndexedDocument } from './build-document.js';
import type { LeafNode, WordPattern } from './query-node.js';
import type { EntryPatterns, MatchLeaf, MatchNode } from './topic-matcher.js';

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

/** Shared by every evaluation without hits: never written to. */
const NO_HITS: Hit[] = [];
const NO_MATCH: Evaluation = { matched: false, hits: NO_HITS };
const MATCH_WITHOUT_HITS: Evaluation = { matched: true, hits: NO_HITS };

/**
 * Evaluates the boolean query over a tokenized entry, keeping where each contributing leaf hit.
 * A positive node none of whose leaves occurs in the entry is false at one look; an AND stops at
 * its first false operand (evaluating is pure: what is skipped would change nothing).
 */
export function evaluateQuery(
  node: MatchNode,
  doc: IndexedDocument,
  found: EntryPatterns,
): Evaluation {
  if (node.positive && found.live[node.id] === 0) return NO_MATCH;
  switch (node.kind) {
    case 'leaf':
      return fromSpans(findLeafSpans(node, doc, found), doc);
    case 'near':
      return fromSpans(findNearSpans(node.left, node.right, node.distance, doc, found), doc);
    case 'not':
      return evaluateQuery(node.child, doc, found).matched ? NO_MATCH : MATCH_WITHOUT_HITS;
    case 'and': {
      const hits: Hit[] = [];
      for (const child of node.children) {
        const result = evaluateQuery(child, doc, found);
        if (!result.matched) return NO_MATCH;
        for (const hit of result.hits) hits.push(hit);
      }
      return { matched: true, hits };
    }
    case 'or': {
      let matched = false;
      const hits: Hit[] = [];
      for (const child of node.children) {
        const result = evaluateQuery(child, doc, found);
        if (!result.matched) continue;
        matched = true;
        for (const hit of result.hits) hits.push(hit);
      }
      return matched ? { matched, hits } : NO_MATCH;
    }
  }
}

function fromSpans(spans: readonly Span[], doc: IndexedDocument): Evaluation {
  if (spans.length === 0) return NO_MATCH;
  const hits = spans.map(
    (span): Hit => ({ label: span.label, zone: zoneOf(span, doc), pos: span.pos }),
  );
  return { matched: true, hits };
}

function zoneOf(span: Span, doc: IndexedDocument): Hit['zone'] {
  if (span.inTitle) return 'title';
  return span.pos < doc.leadLength ? 'lead' : 'body';
}

/**
 * Every place a term or phrase occurs in the fields its leaf allows, title first. Most leaves of
 * a topic set occur nowhere in a given entry: that case allocates nothing.
 */
function findLeafSpans(
  node: MatchLeaf,
  doc: IndexedDocument,
  found: EntryPatterns,
): readonly Span[] {
  const { leaf, first } = node;
  const inTitle = leaf.field === 'content' ? undefined : found.positions.title[first];
  const inContent = leaf.field === 'title' ? undefined : found.positions.content[first];
  const title = inTitle ? findPhrase(leaf, doc, true, inTitle) : NO_SPANS;
  const content = inContent ? findPhrase(leaf, doc, false, inContent) : NO_SPANS;
  if (content.length === 0) return title;
  return title.length === 0 ? content : [...title, ...content];
}

const NO_SPANS: readonly Span[] = [];

/** The spans where the leaf's words follow each other, from where its first word occurs. */
function findPhrase(
  leaf: LeafNode,
  doc: IndexedDocument,
  inTitle: boolean,
  starts: readonly number[],
): Span[] {
  const { words } = leaf;
  const zone = inTitle ? doc.title : doc.content;
  const spans: Span[] = [];
  for (const pos of starts) {
    let matches = true;
    for (let i = 1; i < words.length && matches; i += 1) {
      const id = zone[pos + i];
      matches = id !== undefined && matchesWord(words[i] as WordPattern, doc, id);
    }
    if (matches) spans.push({ label: leaf.label, inTitle, pos, length: words.length });
  }
  return spans;
}

/**
 * The spans of both operands wherever they occur with at most `distance` words between them, in
 * either order, in the same field. Cost: each left span scans a window of about 2·distance rights.
 */
function findNearSpans(
  left: MatchLeaf[],
  right: MatchLeaf[],
  distance: number,
  doc: IndexedDocument,
  found: EntryPatterns,
): Span[] {
  const lefts = findGroupSpans(left, doc, found);
  if (lefts.length === 0) return [];
  const rights = findGroupSpans(right, doc, found);
  if (rights.length === 0) return [];
  const near = new Set<Span>();
  for (const inTitle of [true, false]) {
    const zoneLefts = lefts.filter((s) => s.inTitle === inTitle);
    const zoneRights = rights.filter((s) => s.inTitle === inTitle);
    markNear(zoneLefts, zoneRights, distance, near);
  }
  return [...lefts, ...rights].filter((span) => near.has(span));
}

function findGroupSpans(leaves: MatchLeaf[], doc: IndexedDocument, found: EntryPatterns): Span[] {
  let spans: Span[] | undefined;
  for (const leaf of leaves) {
    const more = findLeafSpans(leaf, doc, found);
    if (more.length > 0) spans = spans ? spans.concat(more) : [...more];
  }
  return spans ? spans.sort((a, b) => a.pos - b.pos) : [];
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
 * Whether the entry's word `id` is the pattern's word, or starts with it: compared in place (a
 * pattern holds no space, so it cannot run past the word's end).
 */
function matchesWord(word: WordPattern, doc: IndexedDocument, id: number): boolean {
  const start = doc.starts[id] as number;
  if (!doc.words.startsWith(word.text, start)) return false;
  return word.prefix || (doc.starts[id + 1] as number) - 1 - start === word.text.length;
}
