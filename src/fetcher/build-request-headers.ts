export const feedAcceptHeader =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

export interface ConditionalRequest {
  etag?: string;
  lastModified?: string;
}

/** The headers of every poll: who we are, what we accept, and what we already have. */
export function buildRequestHeaders(
  conditional: ConditionalRequest,
  userAgent: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: feedAcceptHeader,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (conditional.etag) headers['if-none-match'] = conditional.etag;
  if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
  return headers;
}
