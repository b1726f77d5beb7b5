export type FetchErrorCode =
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'redirect'
  | 'private-address'
  | 'network'
  | 'decode'
  | 'file';

export interface FetchErrorDetails {
  url: string;
  code: FetchErrorCode;
  status?: number;
  /** When the server may be asked again (from Retry-After, capped at 24 h). */
  retryAt?: Date;
  /** True on 410 Gone: the source should be disabled. */
  gone?: boolean;
  cause?: unknown;
}

/** A failed poll of one source; the message starts with `fetcher: `. */
export class FetchError extends Error {
  readonly url: string;
  readonly code: FetchErrorCode;
  readonly status?: number;
  readonly retryAt?: Date;
  readonly gone?: boolean;

  constructor(message: string, details: FetchErrorDetails) {
    super(`fetcher: ${message}`, { cause: details.cause });
    this.name = 'FetchError';
    this.url = details.url;
    this.code = details.code;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAt !== undefined) this.retryAt = details.retryAt;
    if (details.gone !== undefined) this.gone = details.gone;
  }
}
