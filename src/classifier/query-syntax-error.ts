/** A topic query that cannot be compiled; `offset` is the 0-based character index into the source. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  readonly offset: number;
  readonly source: string;

  constructor(
    message: string,
    context: { offset: number; source: string },
    options?: ErrorOptions,
  ) {
    super(`classifier: ${message}`, options);
    this.offset = context.offset;
    this.source = context.source;
  }
}
