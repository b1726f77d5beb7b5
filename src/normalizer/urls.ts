import type { ParsedItem } from '../model/index.js';

const TRACKING_PARAMETERS = new Set(
  (
    'fbclid gclid dclid gbraid wbraid yclid msclkid twclid ttclid igshid mc_cid mc_eid _ga ' +
    '_gl _hsenc _hsmi mkt_tok oly_anon_id oly_enc_id vero_id vero_conv ref_src ref_url ' +
    'rss_source cmpid ncid sr_share at_medium at_campaign at_custom1 at_custom2 at_custom3 ' +
    'at_custom4 __twitter_impression wt_mc wt.mc_id'
  ).split(' '),
);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'itm_'];
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export interface ItemLinks {
  /** The item link made absolute (a permalink guid when there is no link). */
  link?: string;
  /** The canonical form of `link`. */
  url?: string;
  /** The base for relative URLs in the content: xml:base → item link → feed link → feed URL. */
  base?: string;
}

interface LinkContext {
  feedUrl: string;
  feedLink?: string;
}

/** The item's absolute link, its canonical URL and the base for its content. */
export function resolveItemLinks(item: ParsedItem, ctx: LinkContext): ItemLinks {
  const linkBase = pickBaseUrl([item.base, ctx.feedLink, ctx.feedUrl]);
  const permalinkGuid = item.guid && /^https?:\/\//i.test(item.guid.trim()) ? item.guid : undefined;
  const rawLink = item.link?.trim() ? item.link : permalinkGuid;
  const resolved = rawLink === undefined ? undefined : resolveUrl(rawLink, linkBase);
  const link = resolved && /^https?:/.test(resolved) ? resolved : undefined;
  const url = link === undefined ? undefined : canonicalizeUrl(link);
  const base = pickBaseUrl([item.base, link, ctx.feedLink, ctx.feedUrl]);
  return { link, url, base };
}

/** Parses `href` against `base`; undefined when it does not parse. */
function parseUrl(href: string, base?: string): URL | undefined {
  try {
    return new URL(href.trim(), base);
  } catch {
    return undefined;
  }
}

/**
 * The first candidate base that is (or resolves, against the later candidates, to) an absolute
 * http(s) URL: pass xml:base, then the item link, then the feed URL.
 */
export function pickBaseUrl(candidates: Array<string | undefined>): string | undefined {
  for (let i = candidates.length - 1, base: string | undefined; i >= 0; i--) {
    const candidate = candidates[i];
    const url = candidate === undefined ? undefined : parseUrl(candidate, base);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) base = url.href;
    if (i === 0) return base;
  }
  return undefined;
}

/**
 * Makes a link absolute against `base`; undefined unless the result is http, https or mailto
 * (`javascript:`, `data:` and unresolvable relative links are refused).
 */
export function resolveUrl(href: string, base: string | undefined): string | undefined {
  const url = parseUrl(href, base);
  return url && SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
}

/** True for query parameters that only track the click (`utm_*`, `fbclid`, `gclid`, …). */
function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/**
 * The canonical form of an absolute http(s) URL: scheme and host lower-cased, default port,
 * trailing host dot and fragment dropped, tracking parameters removed. Undefined if not http(s).
 * `www.`, `m.` and AMP variants are kept (see `deriveLooseUrlKey`).
 */
export function canonicalizeUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.hostname = url.hostname.replace(/\.$/, '');
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParameter(name)) url.searchParams.delete(name);
  }
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}

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
