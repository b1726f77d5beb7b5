/**
 * The part of a URL that names the article: host without www./m./amp., path without a trailing
 * /amp or slash and without .amp/.html-style AMP markers, no query or fragment. '' when unparsable.
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
  return `${host}${path}`;
}
