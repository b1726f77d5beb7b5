import type { IncomingMessage, ServerResponse } from 'node:http';
import { negotiateEncoding } from './negotiate-encoding.js';
import type { Representation } from './representation.js';

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function notModified(req: IncomingMessage, rep: Representation): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return etagMatches(ifNoneMatch, rep.etag);
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && rep.lastModified.getTime() <= since;
}

/**
 * Sends a cached body: 304 when the client's validators match, else br/gzip/identity; HEAD sends
 * no body. Every header is set in one writeHead call: this is the hot path of a feed server.
 */
export function sendRepresentation(
  req: IncomingMessage,
  res: ServerResponse,
  rep: Representation,
  maxAgeSeconds: number,
): void {
  const headers: Record<string, string | number> = {
    ETag: rep.etag,
    'Last-Modified': rep.lastModifiedHttp,
    'Cache-Control': `public, max-age=${maxAgeSeconds}`,
    Vary: 'Accept-Encoding',
  };
  if (notModified(req, rep)) {
    res.writeHead(304, headers).end();
    return;
  }
  const coding = negotiateEncoding(req.headers['accept-encoding']);
  const body = coding === 'br' ? rep.brotli : coding === 'gzip' ? rep.gzip : rep.body;
  if (coding !== 'identity') headers['Content-Encoding'] = coding;
  headers['Content-Type'] = rep.contentType;
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
