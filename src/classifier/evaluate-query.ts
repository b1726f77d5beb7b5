import type { IndexedDocument } from './build-document.js';
import { findLeafSpans } from './find-leaf-spans.js';
import { findNearSpans } from './find-near-spans.js';
import type { Hit, Span } from './hit.js';
import type { QueryNode } from './query-node.js';

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

function fromSpans(spans: Span[], doc: IndexedDocument): Evaluation {
  const hits = spans.map(
    (span): Hit => ({ label: span.label, zone: zoneOf(span, doc), pos: span.pos }),
  );
  return { matched: hits.length > 0, hits };
}

function zoneOf(span: Span, doc: IndexedDocument): Hit['zone'] {
  if (span.inTitle) return 'title';
  return span.pos < doc.leadLength ? 'lead' : 'body';
}
