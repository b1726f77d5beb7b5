/** The parts of a request target the routes read (a URL has them too, at a higher price). */
export interface RequestTarget {
  pathname: string;
  searchParams: URLSearchParams;
}

/** Splits an origin-form request target (`/path?query`) without building a whole URL. */
export function splitRequestTarget(raw: string): RequestTarget {
  const query = raw.indexOf('?');
  if (query === -1) return { pathname: raw, searchParams: new URLSearchParams() };
  return { pathname: raw.slice(0, query), searchParams: new URLSearchParams(raw.slice(query + 1)) };
}
