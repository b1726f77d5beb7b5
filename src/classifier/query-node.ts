/** The compiled form of a topic query: a tree of boolean operators over term and phrase leaves. */
export type QueryField = 'any' | 'title' | 'content';

/** One word of a term or phrase, folded; `prefix` lets it match any token starting with it. */
export interface WordPattern {
  text: string;
  prefix: boolean;
}

/** A term (one word) or a phrase (consecutive words). */
export interface LeafNode {
  kind: 'leaf';
  words: WordPattern[];
  field: QueryField;
  /** The leaf as written, for explanations. */
  label: string;
  offset: number;
}

/** `a NEAR/n b`; each side is one leaf or an OR-group of leaves: `(jail* OR prison*) NEAR/4 activist*`. */
export interface NearNode {
  kind: 'near';
  left: LeafNode[];
  right: LeafNode[];
  /** At most this many words between the two operands, in either order. */
  distance: number;
  offset: number;
}

export interface BooleanNode {
  kind: 'and' | 'or';
  children: QueryNode[];
  offset: number;
}

export interface NotNode {
  kind: 'not';
  child: QueryNode;
  offset: number;
}

export type QueryNode = LeafNode | NearNode | BooleanNode | NotNode;

/** A topic query that cannot be compiled; `offset` is the 0-based character index into the source. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  readonly offset: number;
  readonly source: string;
  /** Where in a topic definition the query is (`['evidence', 2, 'query']`); unset: the query. */
  path: (string | number)[] | undefined;

  constructor(
    message: string,
    context: { offset: number; source: string; path?: (string | number)[] },
    options?: ErrorOptions,
  ) {
    super(`classifier: ${message}`, options);
    this.offset = context.offset;
    this.source = context.source;
    this.path = context.path;
  }
}

/** A topic definition that is not a query error: an evidence group's weight or id. */
export class TopicDefinitionError extends Error {
  override readonly name = 'TopicDefinitionError';
  /** Where in the topic definition: `['evidence', 2, 'weight']`. */
  readonly path: (string | number)[];

  constructor(message: string, path: (string | number)[]) {
    super(`classifier: ${message}`);
    this.path = path;
  }
}
