import { canonicalizeUrl } from './canonicalize-url.js';

const MIRROR_HOST_PREFIX = /^(?:www\d?|m|mobile|amp)\./;
const AMP_PATH_SUFFIX = /\/amp\/?$|\.amp$|\/amp\.html$/;
const AMP_PARAMETERS = ['amp', 'outputType', 'output'];

/**
 * A looser "same article" key than the canonical URL, for matching copies of one page: no
 * scheme, no `www.`/`m.`/`amp.` host prefix, no AMP path or parameter, no trailing slash.
 * Not a URL: never publish it, only compare it.
 */
export function deriveLooseUrlKey(raw: string): string | undefined {
  const canonical = canonicalizeUrl(raw);
  if (canonical === undefined) return undefined;
  const url = new URL(canonical);
  for (const name of AMP_PARAMETERS) {
    const value = url.searchParams.get(name);
    if (value !== null && (name === 'amp' || value.toLowerCase() === 'amp'))
      url.searchParams.delete(name);
  }
  url.searchParams.sort();
  const host = url.hostname.replace(MIRROR_HOST_PREFIX, '');
  const path = url.pathname
    .replace(/^\/amp(?=\/)/, '')
    .replace(AMP_PATH_SUFFIX, '')
    .replace(/\/+$/, '');
  const query = url.searchParams.size > 0 ? `?${url.searchParams.toString()}` : '';
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}
