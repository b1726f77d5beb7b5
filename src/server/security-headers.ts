/**
 * Headers sent on every response, whatever the route: browsers must not sniff a feed or a text
 * error into HTML, and an HTML page (the index, and any page a route adds later) may load no
 * script, no frame and nothing from elsewhere but images, nor be framed by another site.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
};

/** Sets the security headers on a response before its route writes the rest. */
export function applySecurityHeaders(res: {
  setHeader(name: string, value: string): unknown;
}): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/**
 * What an error body says: the route's own words, with anything quoted from the request taken
 * out (the text a client sent is never sent back, even as text/plain).
 */
export function describeRefusal(message: string): string {
  return message.replace(/"[^"]*"/g, '…').replace(/[<>]/g, '');
}
