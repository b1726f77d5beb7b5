import { type Dispatcher, request } from 'undici';
import { FetchError } from './fetch-error.js';
import { readHeader } from './http-headers.js';
import { isPrivateAddress } from './network-guard.js';

const maxRedirects = 5;

export interface RequestContext {
  headers: Record<string, string>;
  dispatcher: Dispatcher;
  signal: AbortSignal;
  allowPrivateNetworks: boolean;
}

export interface FinalResponse {
  response: Dispatcher.ResponseData;
  finalUrl: string;
  /** The final URL when at least one hop happened and every hop was a 301 or 308. */
  permanentRedirect?: string;
}

function checkTarget(url: URL, allowPrivateNetworks: boolean): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`unsupported URL scheme in ${url.href}`, {
      url: url.href,
      code: 'redirect',
    });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = host === 'localhost' || /^[\d.]+$|:/.test(host);
  if (!allowPrivateNetworks && literal && isPrivateAddress(host === 'localhost' ? '::1' : host)) {
    throw new FetchError(`refusing private address ${host} for ${url.href}`, {
      url: url.href,
      code: 'private-address',
    });
  }
}

function redirectError(message: string, url: string): FetchError {
  return new FetchError(message, { url, code: 'redirect' });
}

async function nextLocation(response: Dispatcher.ResponseData, from: string): Promise<string> {
  const location = readHeader(response.headers, 'location');
  await response.body.dump();
  if (!location)
    throw redirectError(`HTTP ${response.statusCode} without Location from ${from}`, from);
  return new URL(location, from).href;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** GETs `url`, following at most 5 redirects by hand, refusing loops and non-HTTP targets. */
export async function requestFollowingRedirects(
  url: string,
  context: RequestContext,
): Promise<FinalResponse> {
  const visited = new Set<string>();
  let current = new URL(url).href;
  let permanent = true;
  for (;;) {
    checkTarget(new URL(current), context.allowPrivateNetworks);
    visited.add(current);
    const { headers, dispatcher, signal } = context;
    const response = await request(current, { method: 'GET', headers, dispatcher, signal });
    if (!redirectStatuses.has(response.statusCode)) {
      const permanentRedirect = permanent && visited.size > 1 ? current : undefined;
      return { response, finalUrl: current, ...(permanentRedirect && { permanentRedirect }) };
    }
    const next = await nextLocation(response, current);
    if (visited.has(next)) throw redirectError(`redirect loop at ${next} from ${url}`, url);
    if (visited.size > maxRedirects) throw redirectError(`more than 5 redirects from ${url}`, url);
    permanent &&= response.statusCode === 301 || response.statusCode === 308;
    current = next;
  }
}
