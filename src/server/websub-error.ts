/** A WebSub hub that could not be told about a feed update. */
export class WebsubError extends Error {
  override readonly name = 'WebsubError';
  readonly hub: string;
  readonly feedUrl: string;
  readonly status?: number;

  constructor(
    message: string,
    context: { hub: string; feedUrl: string; status?: number },
    options?: { cause?: unknown },
  ) {
    super(`websub: ${message}`, options);
    this.hub = context.hub;
    this.feedUrl = context.feedUrl;
    this.status = context.status;
  }
}
