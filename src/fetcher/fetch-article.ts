import type { Dispatcher } from 'undici';
import { readResponseBody } from './body.js';
import { FetchError, toFetchError } from './fetch-error.js';
import type { FetchOptions } from './fetch-feed.js';
import { decodeHtmlBytes } from './html-charset.js';
import { checkResponseStatus, readHeader } from './http-headers.js';
import { createFetchDispatcher } from './network-guard.js';
import { requestFollowingRedirects } from './redirects.js';

/** An article page, fetched and decoded to text. */
export interface FetchedArticle {
  status: number;
  /** After redirects: the base for the page's relative links. */
  finalUrl: string;
  html: string;
  /** The charset the page was decoded with. */
  encoding: string;
  contentType?: string;
}

const articleAcceptHeader = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

/** Content types that hold a web page; a missing Content-Type is given the benefit of the doubt. */
const htmlContentType = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

function checkContentType(contentType: string | undefined, url: string, status: number): void {
  if (contentType === undefined || contentType.trim() === '' || htmlContentType.test(contentType))
    return;
  const type = contentType.split(';')[0]?.trim();
  throw new FetchError(`${url} is not a web page (Content-Type ${type})`, {
    url,
    code: 'content-type',
    status,
  });
}

function checkArticleUrl(url: string): void {
  if (!/^https?:\/\//i.test(url)) {
    throw new FetchError(`article link ${url} is not an http(s) URL`, { url, code: 'redirect' });
  }
}

async function requestArticle(url: string, opts: FetchOptions, signal: AbortSignal) {
  const owned = opts.dispatcher ? undefined : createFetchDispatcher(opts);
  const dispatcher = opts.dispatcher ?? (owned as Dispatcher);
  const headers = {
    'user-agent': opts.userAgent,
    accept: articleAcceptHeader,
    'accept-encoding': 'gzip, deflate, br',
  };
  const context = { headers, dispatcher, signal, allowPrivateNetworks: opts.allowPrivateNetworks };
  try {
    const final = await requestFollowingRedirects(url, context);
    const { statusCode: status, headers: received, body } = final.response;
    try {
      checkResponseStatus(status, received, final.finalUrl, new Date());
      const contentType = readHeader(received, 'content-type');
      checkContentType(contentType, final.finalUrl, status);
      const bytes = await readResponseBody(received, body, opts.maxBytes, final.finalUrl);
      const { text, encoding } = decodeHtmlBytes(bytes, contentType);
      const type = contentType === undefined ? {} : { contentType };
      return { status, finalUrl: final.finalUrl, html: text, encoding, ...type };
    } finally {
      body.dump({ limit: 128 * 1024, signal }).catch(() => {});
    }
  } finally {
    await owned?.destroy();
  }
}

/**
 * Fetches one article page with the politeness of a feed poll: the same User-Agent and
 * dispatcher (private addresses refused unless allowed), at most 5 redirects, one deadline,
 * the decoded-size cap, Retry-After kept on the error; the charset from the header or the page's
 * `<meta>`. Only HTML is accepted. Throws FetchError.
 */
export async function fetchArticle(url: string, opts: FetchOptions): Promise<FetchedArticle> {
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
  const signals = { deadline, timeoutMs: opts.timeoutMs, shutdown: opts.signal };
  try {
    checkArticleUrl(url);
    return await requestArticle(url, opts, signal);
  } catch (error) {
    throw toFetchError(error, url, signals);
  }
}
