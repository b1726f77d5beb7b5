import { type Document, isScalar, type LineCounter, type Node } from 'yaml';
import type { z } from 'zod';

export interface ConfigIssue {
  file: string;
  line: number;
  col: number;
  /** Dotted path into the document, e.g. `sources.2.url`. */
  path: string;
  message: string;
}

export function formatConfigIssue(issue: ConfigIssue): string {
  const where = issue.path ? ` ${issue.path}:` : '';
  return `${issue.file}:${issue.line}:${issue.col}${where} ${issue.message}`;
}

/** Every problem found in a config file, each with its position. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[], options?: { cause?: unknown }) {
    super(
      `config: ${issues.length} problem(s)\n${issues.map(formatConfigIssue).join('\n')}`,
      options,
    );
    this.issues = issues;
  }
}

// Where a problem is: line and column (1-based) from the YAML document's nodes.

/** A parsed config file, kept with its positions. */
export interface LocatedDocument {
  file: string;
  doc: Document;
  lines: LineCounter;
}

interface Position {
  line: number;
  col: number;
}

/** The deepest node that exists along `path`: a missing key is reported at its parent. */
function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (node && typeof node === 'object' && 'range' in (node as object)) return node as Node;
  }
  return doc.contents;
}

/** The position of the YAML node at `path`, plus an offset inside its text (past an opening quote). */
function locatePath(
  at: LocatedDocument,
  path: readonly PropertyKey[],
  offsetInScalar = 0,
): Position {
  const node = nodeAt(at.doc, path);
  const start = node?.range?.[0] ?? 0;
  const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  const { line, col } = at.lines.linePos(
    start + offsetInScalar + (quoted && offsetInScalar > 0 ? 1 : 0),
  );
  return { line, col };
}

/** For an unknown key: the position of the key itself inside its map. */
function locateKey(at: LocatedDocument, parent: readonly PropertyKey[], key: string): Position {
  const map = at.doc.getIn(parent as unknown[], true) as
    | { items?: { key: Node | null }[] }
    | undefined;
  const pair = map?.items?.find((item) => isScalar(item.key) && item.key.value === key);
  const start = pair?.key?.range?.[0];
  return start === undefined ? locatePath(at, parent) : at.lines.linePos(start);
}

/** A problem at `path`; `offset` points inside the node's text (a query's syntax error). */
export function issueAt(
  at: LocatedDocument,
  path: (string | number)[],
  message: string,
  offset = 0,
): ConfigIssue {
  const { line, col } = locatePath(at, path, offset);
  return { file: at.file, line, col, path: path.join('.'), message };
}

/** The YAML syntax errors, at the position the parser gave. */
export function yamlSyntaxIssues(at: LocatedDocument): ConfigIssue[] {
  return at.doc.errors.map((error) => {
    const { line, col } = at.lines.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? 'invalid YAML';
    return { file: at.file, line, col, path: '', message };
  });
}

/** The schema's problems; an unknown key is reported at the key, one issue per key. */
export function schemaIssues(at: LocatedDocument, error: z.ZodError): ConfigIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[];
    if (issue.code !== 'unrecognized_keys') return [issueAt(at, path, issue.message)];
    return issue.keys.map((key) => {
      const { line, col } = locateKey(at, path, key);
      return { file: at.file, line, col, path: [...path, key].join('.'), message: 'unknown key' };
    });
  });
}
