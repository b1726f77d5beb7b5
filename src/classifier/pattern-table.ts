import type { IndexedDocument } from './build-document.js';
import type { WordPattern } from './query-node.js';

/**
 * The distinct word patterns of one topic (its query, watch-list and evidence groups), numbered
 * when the topic is compiled: exact words in a map, prefixes in a tree of their characters. An
 * entry's distinct words are looked up here once each, instead of each pattern being looked up
 * in the entry; a pattern no word matched is then known absent without a search.
 */
export interface PatternTable {
  /** Patterns numbered so far: ids are 0 … size − 1. */
  size: number;
  exact: Map<string, number>;
  prefixes: PrefixNode;
}

/** One character of the prefix tree: the prefixes ending here, and the characters that follow. */
interface PrefixNode {
  ends: number[];
  next: Map<number, PrefixNode>;
}

/**
 * Where the patterns of a table occur in one entry, by pattern id: the token positions in the
 * title and in the content, ascending; undefined where the pattern matches no token there.
 */
export interface PatternPositions {
  title: (number[] | undefined)[];
  content: (number[] | undefined)[];
  /** The ids of the patterns that occur, in the title or the content. */
  present: number[];
}

export function createPatternTable(): PatternTable {
  return { size: 0, exact: new Map(), prefixes: { ends: [], next: new Map() } };
}

/** The id of a word pattern in the table, numbered on first sight. */
export function numberPattern(table: PatternTable, word: WordPattern): number {
  if (!word.prefix) {
    const known = table.exact.get(word.text);
    if (known !== undefined) return known;
    table.exact.set(word.text, table.size);
    table.size += 1;
    return table.size - 1;
  }
  let node = table.prefixes;
  for (let i = 0; i < word.text.length; i += 1) {
    const code = word.text.charCodeAt(i);
    let next = node.next.get(code);
    if (!next) {
      next = { ends: [], next: new Map() };
      node.next.set(code, next);
    }
    node = next;
  }
  // A prefix ends in one node: the node's first id is the prefix's.
  const known = node.ends[0];
  if (known !== undefined) return known;
  node.ends.push(table.size);
  table.size += 1;
  return table.size - 1;
}

/** Every pattern of the table in every token of the entry: one lookup per distinct word. */
export function locatePatterns(table: PatternTable, doc: IndexedDocument): PatternPositions {
  const matched = doc.words.map((word) => patternsOf(table, word));
  const present: number[] = [];
  for (const ids of matched) for (const id of ids) present.push(id);
  return {
    title: placePatterns(doc.title, matched, table.size),
    content: placePatterns(doc.content, matched, table.size),
    present,
  };
}

const NO_PATTERNS: readonly number[] = [];

/** The ids of the patterns one word matches: itself exactly, and each prefix it starts with. */
function patternsOf(table: PatternTable, word: string): readonly number[] {
  let found: number[] | undefined;
  const exact = table.exact.get(word);
  if (exact !== undefined) found = [exact];
  let node: PrefixNode | undefined = table.prefixes;
  for (let i = 0; node && i < word.length; i += 1) {
    node = node.next.get(word.charCodeAt(i));
    if (node && node.ends.length > 0) {
      found ??= [];
      found.push(...node.ends);
    }
  }
  return found ?? NO_PATTERNS;
}

function placePatterns(
  wordIds: Int32Array,
  matched: readonly (readonly number[])[],
  size: number,
): (number[] | undefined)[] {
  const positions = new Array<number[] | undefined>(size);
  for (let pos = 0; pos < wordIds.length; pos += 1) {
    for (const id of matched[wordIds[pos] as number] as readonly number[]) {
      const list = positions[id];
      if (list) list.push(pos);
      else positions[id] = [pos];
    }
  }
  return positions;
}
