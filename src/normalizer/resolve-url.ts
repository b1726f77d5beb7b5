const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

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
