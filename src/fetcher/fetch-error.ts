export type FetchErrorCode =
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'redirect'
  | 'private-address'
  | 'network'
  | 'decode'
  | 'file'
  /** An article link that does not answer with a web page. */
  | 'content-type';

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

const timeoutCodes = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

export interface AbortSignals {
  deadline: AbortSignal;
  timeoutMs: number;
  shutdown?: AbortSignal;
}

/** Turns whatever a poll threw into a FetchError that says why (deadline, shutdown, network). */
export function toFetchError(error: unknown, url: string, signals: AbortSignals): FetchError {
  if (error instanceof FetchError) return error;
  const cause = error;
  if (signals.shutdown?.aborted) {
    return new FetchError(`poll of ${url} aborted`, { url, code: 'network', cause });
  }
  if (signals.deadline.aborted) {
    const message = `poll of ${url} exceeded the ${signals.timeoutMs} ms deadline`;
    return new FetchError(message, { url, code: 'timeout', cause });
  }
  if (timeoutCodes.has(String((error as { code?: unknown } | null)?.code))) {
    return new FetchError(`timed out fetching ${url}`, { url, code: 'timeout', cause });
  }
  const code = url.startsWith('file:') ? 'file' : 'network';
  const detail = error instanceof Error ? error.message : String(error);
  return new FetchError(`unable to fetch ${url}: ${detail}`, { url, code, cause });
}
