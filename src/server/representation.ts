import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from './security-headers.js';

/**
 * A response body ready to send, with its validators; each compressed variant is made on first
 * use and kept (a feed nobody asks for in brotli is never compressed with brotli).
 */
export interface Representation {
  readonly body: Buffer;
  readonly contentType: string;
  readonly etag: string;
  readonly lastModified: Date;
  /** `lastModified` as an HTTP date, formatted once. */
  readonly lastModifiedHttp: string;
  /** The body in a content coding: compressed on first use, then kept. */
  encoded(coding: ContentCoding): Buffer;
  /** Bytes held: the body and the compressed variants made so far. */
  readonly size: number;
  /** Told the bytes a new compressed variant adds (the feed cache keeps its total with it). */
  onGrow?: (bytes: number) => void;
}

class LazyRepresentation implements Representation {
  readonly etag: string;
  readonly lastModified: Date;
  readonly lastModifiedHttp: string;
  onGrow?: (bytes: number) => void;
  private gzip?: Buffer;
  private brotli?: Buffer;

  constructor(
    readonly body: Buffer,
    readonly contentType: string,
    lastModified: Date,
  ) {
    const seconds = new Date(Math.floor(lastModified.getTime() / 1000) * 1000);
    this.etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    this.lastModified = seconds;
    this.lastModifiedHttp = seconds.toUTCString();
  }

  get size(): number {
    return this.body.length + (this.gzip?.length ?? 0) + (this.brotli?.length ?? 0);
  }

  encoded(coding: ContentCoding): Buffer {
    if (coding === 'identity') return this.body;
    if (coding === 'gzip') {
      this.gzip ??= this.grow(gzipSync(this.body, { level: 6 }));
      return this.gzip;
    }
    this.brotli ??= this.grow(
      brotliCompressSync(this.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    );
    return this.brotli;
  }

  private grow(buffer: Buffer): Buffer {
    this.onGrow?.(buffer.length);
    return buffer;
  }
}

/** Builds a cacheable representation: a strong ETag over the bytes; compression waits for a client. */
export function createRepresentation(
  text: string,
  contentType: string,
  lastModified: Date,
): Representation {
  return new LazyRepresentation(Buffer.from(text, 'utf8'), contentType, lastModified);
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
    ...SECURITY_HEADERS,
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
  const body = rep.encoded(coding);
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
