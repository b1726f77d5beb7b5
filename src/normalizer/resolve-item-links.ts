import type { ParsedItem } from '../model/index.js';
import { canonicalizeUrl } from './canonicalize-url.js';
import { pickBaseUrl, resolveUrl } from './resolve-url.js';

export interface ItemLinks {
  /** The item link made absolute (a permalink guid when there is no link). */
  link?: string;
  /** The canonical form of `link`. */
  url?: string;
  /** The base for relative URLs in the content: xml:base → item link → feed link → feed URL. */
  base?: string;
}

export interface LinkContext {
  feedUrl: string;
  feedLink?: string;
}

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
