/** A pool job that failed: in the worker (its stage's message), past its deadline, or with its worker. */
export class WorkerJobError extends Error {
  override readonly name = 'WorkerJobError';
  readonly kind: string;

  /** `message` already names its stage ("parser: …", "normalizer: …"). */
  constructor(message: string, options: { kind: string; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.kind = options.kind;
  }
}
