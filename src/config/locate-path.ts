import { type Document, isScalar, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

function nodeAt(
  doc: Document,
  path: readonly PropertyKey[],
): { node: Node | null; isKey: boolean } {
  // Walk down as far as the path exists; a missing key is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (node && typeof node === 'object' && 'range' in (node as object)) {
      return { node: node as Node, isKey: false };
    }
  }
  return { node: doc.contents, isKey: false };
}

/** The line and column (1-based) of the YAML node at `path`, plus an offset inside its text. */
export function locatePath(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  offsetInScalar = 0,
): Position {
  const { node } = nodeAt(doc, path);
  const start = node?.range?.[0] ?? 0;
  const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  const { line, col } = lines.linePos(
    start + offsetInScalar + (quoted && offsetInScalar > 0 ? 1 : 0),
  );
  return { line, col };
}

/** For an unknown key: the position of the key itself inside its map. */
export function locateKey(
  doc: Document,
  lines: LineCounter,
  parent: readonly PropertyKey[],
  key: string,
): Position {
  const map = doc.getIn(parent as unknown[], true) as
    | { items?: { key: Node | null }[] }
    | undefined;
  const pair = map?.items?.find((item) => isScalar(item.key) && item.key.value === key);
  const start = pair?.key?.range?.[0];
  return start === undefined ? locatePath(doc, lines, parent) : lines.linePos(start);
}
