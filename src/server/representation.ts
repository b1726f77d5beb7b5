import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A response body ready to send, with its validators and compressed variants made once. */
export interface Representation {
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
  /** `lastModified` as an HTTP date, formatted once. */
  lastModifiedHttp: string;
}

/** Builds a cacheable representation: a strong ETag over the bytes, gzip and brotli computed once. */
export function createRepresentation(
  text: string,
  contentType: string,
  lastModified: Date,
): Representation {
  const body = Buffer.from(text, 'utf8');
  const seconds = new Date(Math.floor(lastModified.getTime() / 1000) * 1000);
  return {
    body,
    gzip: gzipSync(body, { level: 6 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    contentType,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    lastModified: seconds,
    lastModifiedHttp: seconds.toUTCString(),
  };
}

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

export type ContentCoding = 'br' | 'gzip' | 'identity';

/** The common case: a plain list with no q-values (`gzip`, `gzip, deflate, br`). */
function pickFromPlainList(header: string): ContentCoding {
  const codings = header.toLowerCase().split(',');
  let gzip = false;
  for (const raw of codings) {
    const coding = raw.trim();
    if (coding === 'br' || coding === '*') return 'br';
    if (coding === 'gzip') gzip = true;
  }
  return gzip ? 'gzip' : 'identity';
}

/** Picks br, then gzip, from an Accept-Encoding header, honouring q=0. */
export function negotiateEncoding(header: string | undefined): ContentCoding {
  if (!header) return 'identity';
  if (!header.includes(';')) return pickFromPlainList(header);
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const allows = (coding: string) => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
}
