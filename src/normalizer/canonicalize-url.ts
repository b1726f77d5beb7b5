const TRACKING_PARAMETERS = new Set(
  (
    'fbclid gclid dclid gbraid wbraid yclid msclkid twclid ttclid igshid mc_cid mc_eid _ga ' +
    '_gl _hsenc _hsmi mkt_tok oly_anon_id oly_enc_id vero_id vero_conv ref_src ref_url ' +
    'rss_source cmpid ncid sr_share at_medium at_campaign at_custom1 at_custom2 at_custom3 ' +
    'at_custom4 __twitter_impression wt_mc wt.mc_id'
  ).split(' '),
);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'itm_'];

/** True for query parameters that only track the click (`utm_*`, `fbclid`, `gclid`, …). */
export function isTrackingParameter(name: string): boolean {
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
