/**
 * Source URLs as the public sees them (`/`, `/opml`, error text): a feed URL may carry
 * `user:pass@` credentials or a token in its query, and a `file:` URL names a local path.
 */

const URL_IN_TEXT = /\b(?:https?|ftp|file):\/\/[^\s"'<>()]*/gi;

/**
 * The URL without credentials, query or fragment; a local file by its name alone (`file:name.xml`,
 * no folder); something that does not parse as a URL as `[url]`.
 */
export function publicSourceUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '[url]';
  }
  if (url.protocol === 'file:') {
    const name = url.pathname.split('/').filter(Boolean).pop() ?? '';
    return `file:${name}`;
  }
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Text (an error message) with every URL in it shown as `publicSourceUrl` shows it. */
export function redactUrls(text: string): string {
  return text.replace(URL_IN_TEXT, (match) => publicSourceUrl(match));
}

/** Failures to reach a source: which one it was (refused, closed port, timeout) stays in the log. */
const CONNECTION_FAILURE =
  /^fetcher: (refusing private address|unable to fetch|timed out fetching)/;

/** What the public page says of a connection that failed or was refused, whatever the reason. */
export const CONNECTION_FAILED = 'fetcher: unable to connect to the source (details in the log)';

/**
 * A source's error as the public page shows it: one generic text for every refused or failed
 * connection (so a hostile feed redirecting to internal ports learns nothing of which are open),
 * URLs in any other error shown without credentials or query.
 */
export function publicError(text: string): string {
  return CONNECTION_FAILURE.test(text) ? CONNECTION_FAILED : redactUrls(text);
}
