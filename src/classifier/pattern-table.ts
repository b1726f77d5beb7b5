import type { IndexedDocument } from './build-document.js';
import type { WordPattern } from './query-node.js';

/**
 * The distinct word patterns of one topic (its query, watch-list and evidence groups), numbered
 * when the topic is compiled, in one tree of their characters. An entry's distinct words are
 * walked down it once each, most leaving it within a few characters, instead of each pattern
 * being looked up in the entry; a pattern no word reached is then known absent without a search.
 */
export interface PatternTable {
  /** Patterns numbered so far: ids are 0 … size − 1. */
  size: number;
  root: PatternNode;
  /** The root's next nodes by first character, for codes below HEAD_CODES: an array read, where
   * most of an entry's words leave the tree. */
  heads: (PatternNode | undefined)[];
}

/** First characters read from `heads`: Latin, Greek and Cyrillic; the others from the root's map. */
const HEAD_CODES = 0x500;

/** One character of the tree: the patterns whose text ends here, and the characters that follow. */
interface PatternNode {
  /** The id of the word that ends here exactly (−1: none). */
  exact: number;
  /** The id of the prefix that ends here (−1: none): every word through this node matches it. */
  prefix: number;
  next: Map<number, PatternNode>;
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
  return { size: 0, root: newNode(), heads: new Array(HEAD_CODES).fill(undefined) };
}

function newNode(): PatternNode {
  return { exact: -1, prefix: -1, next: new Map() };
}

/** The id of a word pattern in the table, numbered on first sight. */
export function numberPattern(table: PatternTable, word: WordPattern): number {
  let node = table.root;
  for (let i = 0; i < word.text.length; i += 1) {
    const code = word.text.charCodeAt(i);
    let next = node.next.get(code);
    if (!next) {
      next = newNode();
      node.next.set(code, next);
      if (i === 0 && code < HEAD_CODES) table.heads[code] = next;
    }
    node = next;
  }
  const known = word.prefix ? node.prefix : node.exact;
  if (known >= 0) return known;
  if (word.prefix) node.prefix = table.size;
  else node.exact = table.size;
  table.size += 1;
  return table.size - 1;
}

/**
 * Every pattern of the table in every token of the entry: one lookup per distinct word. The
 * tokens are walked only when some word matched, and then read only at the words that did.
 */
export function locatePatterns(table: PatternTable, doc: IndexedDocument): PatternPositions {
  const { words, starts } = doc;
  const count = starts.length - 1;
  const matched = new Array<readonly number[]>(count);
  const present: number[] = [];
  let hit: Uint8Array | undefined;
  for (let id = 0; id < count; id += 1) {
    const ids = patternsOf(table, words, starts[id] as number, (starts[id + 1] as number) - 1);
    matched[id] = ids;
    if (ids.length === 0) continue;
    hit ??= new Uint8Array(count);
    hit[id] = 1;
    for (const pattern of ids) present.push(pattern);
  }
  return {
    title: placePatterns(doc.title, matched, hit, table.size),
    content: placePatterns(doc.content, matched, hit, table.size),
    present,
  };
}

const NO_PATTERNS: readonly number[] = [];

/**
 * The ids of the patterns the word `text.slice(start, end)` matches: each prefix it starts with,
 * and itself exactly.
 */
function patternsOf(
  table: PatternTable,
  text: string,
  start: number,
  end: number,
): readonly number[] {
  let found: number[] | undefined;
  let node: PatternNode | undefined = table.root;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    node = i === start && code < HEAD_CODES ? table.heads[code] : node.next.get(code);
    if (!node) return found ?? NO_PATTERNS;
    if (node.prefix >= 0) {
      found ??= [];
      found.push(node.prefix);
    }
  }
  if (node.exact >= 0) {
    found ??= [];
    found.push(node.exact);
  }
  return found ?? NO_PATTERNS;
}

/** By pattern id, the positions of `wordIds` whose word matched it (`hit`: the words that did). */
function placePatterns(
  wordIds: Int32Array,
  matched: readonly (readonly number[])[],
  hit: Uint8Array | undefined,
  size: number,
): (number[] | undefined)[] {
  const positions = new Array<number[] | undefined>(size);
  if (hit === undefined) return positions;
  for (let pos = 0; pos < wordIds.length; pos += 1) {
    const word = wordIds[pos] as number;
    if (hit[word] === 0) continue;
    for (const id of matched[word] as readonly number[]) {
      const list = positions[id];
      if (list) list.push(pos);
      else positions[id] = [pos];
    }
  }
  return positions;
}
