/** A database problem: cannot open, migrate or write. */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(`store: ${message}`, options);
  }
}
