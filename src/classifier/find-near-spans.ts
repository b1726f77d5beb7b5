import type { IndexedDocument } from './build-document.js';
import { findLeafSpans } from './find-leaf-spans.js';
import type { Span } from './hit.js';
import type { LeafNode, NearNode } from './query-node.js';

/**
 * The spans of both operands wherever they occur with at most `distance` words between them, in
 * either order, in the same field. Cost: each left span scans a window of about 2·distance rights.
 */
export function findNearSpans(node: NearNode, doc: IndexedDocument): Span[] {
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
