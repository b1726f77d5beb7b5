import type { FingerprintFeatures } from './fingerprint-entry.js';

/** At most this many candidate-index keys per entry. */
export const MAX_KEYS = 64;
const BANDS = 4;

/**
 * Candidate-index keys: exact ones (url, content hash, headline), MinHash bands (near-verbatim
 * copies), then what two reports of one event share even when reworded or translated: headline
 * and lead terms, names, numbers, quotes. Prefixes keep the kinds apart.
 */
export function buildKeys(features: FingerprintFeatures): string[] {
  const keys = new Set<string>();
  if (features.url !== '') keys.add(`u:${features.url}`);
  if (features.contentHash !== '') keys.add(`h:${features.contentHash}`);
  if (features.titleKey !== '') keys.add(`t:${features.titleKey}`);
  for (const band of bandMinHash(features.minHash)) keys.add(band);
  for (const term of features.titleTerms) if (!term.startsWith('c:')) keys.add(term);
  for (const term of features.titleCross) keys.add(term);
  for (const entity of features.entities.slice(0, 6))
    if (entity.length >= 3) keys.add(`e:${entity}`);
  for (const term of features.leadTerms.slice(0, 8)) if (!term.startsWith('c:')) keys.add(term);
  for (const quote of features.quotes.slice(0, 2)) keys.add(`q:${quote}`);
  return [...keys].slice(0, MAX_KEYS);
}

function bandMinHash(minHash: number[]): string[] {
  if (minHash.length === 0) return [];
  const rows = Math.floor(minHash.length / BANDS);
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const slice = minHash.slice(b * rows, (b + 1) * rows);
    bands.push(`m${b}:${slice.map((v) => v.toString(36)).join('.')}`);
  }
  return bands;
}

/** Query parameters that only choose an AMP or mobile rendering of the same article. */
const RENDERING_PARAMETERS = new Set(['amp', 'outputtype', 'output', 'mobile', 'view']);

/**
 * The part of a URL that names the article: host without www./m./amp., path without a trailing
 * /amp or slash and without .amp/.html-style AMP markers, and the query's parameters (sorted) but
 * those that only pick a rendering: `?p=57901` and `article.php?id=42` name an article. The
 * fragment is dropped. '' when unparsable, and for a site's front page with no query: feeds that
 * link every item to their home page give no article identity.
 */
export function skeletonizeUrl(url: string | undefined): string {
  if (url === undefined || url === '') return '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const host = parsed.hostname.toLowerCase().replace(/^(?:www|m|amp|mobile)\./u, '');
  const path = parsed.pathname
    .replace(/\/amp\/?$/u, '/')
    .replace(/\.amp(?=\.html?$|$)/u, '')
    .replace(/^\/amp\//u, '/')
    .replace(/\/+$/u, '');
  const query = [...parsed.searchParams]
    .filter(([name]) => !RENDERING_PARAMETERS.has(name.toLowerCase()))
    .map(([name, value]) => `${name}=${value}`)
    .sort()
    .join('&');
  if (path === '' && query === '') return '';
  return query === '' ? `${host}${path}` : `${host}${path}?${query}`;
}

/** The site of a URL skeleton (skeletonizeUrl): its host, '' for none. */
export function siteOf(skeleton: string): string {
  return skeleton.split(/[/?]/u, 1)[0] ?? '';
}
