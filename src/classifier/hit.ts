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
export interface Span {
  /** The label of the leaf that matched here. */
  label: string;
  inTitle: boolean;
  pos: number;
  length: number;
}
