import { FetchError } from './fetch-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { type ResponseHeaders, readHeader } from './read-header.js';

/** Throws a FetchError for any status other than 2xx and 304, with Retry-After and 410 noted. */
export function checkResponseStatus(
  status: number,
  headers: ResponseHeaders,
  url: string,
  now: Date,
): void {
  if ((status >= 200 && status < 300) || status === 304) return;
  const retryAt =
    status === 429 || status === 503
      ? parseRetryAfter(readHeader(headers, 'retry-after'), now)
      : undefined;
  throw new FetchError(`HTTP ${status} from ${url}`, {
    url,
    code: 'http',
    status,
    ...(retryAt && { retryAt }),
    ...(status === 410 && { gone: true }),
  });
}
