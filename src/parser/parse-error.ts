/** A document that cannot be read as a feed at all. */
export class ParseError extends Error {
  override readonly name = 'ParseError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(`parser: ${message}`, options);
  }
}
