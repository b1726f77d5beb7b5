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
  /**
   * The response headers of one answer (200 in a coding, or 304), made once per answer and
   * max-age and then shared: building a header object per request was the largest cost of a
   * cached answer after the socket write.
   */
  headers(answer: Answer, maxAgeSeconds: number): Readonly<Record<string, string | number>>;
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
  private readonly answers = new Map<Answer, { maxAge: number; headers: HeaderTable }>();

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

  headers(answer: Answer, maxAgeSeconds: number): HeaderTable {
    const kept = this.answers.get(answer);
    if (kept?.maxAge === maxAgeSeconds) return kept.headers;
    const headers: Record<string, string | number> = {
      ...SECURITY_HEADERS,
      ETag: this.etag,
      'Last-Modified': this.lastModifiedHttp,
      'Cache-Control': `public, max-age=${maxAgeSeconds}`,
      Vary: 'Accept-Encoding',
    };
    if (answer !== 'not-modified') {
      if (answer !== 'identity') headers['Content-Encoding'] = answer;
      headers['Content-Type'] = this.contentType;
      headers['Content-Length'] = this.encoded(answer).length;
    }
    const table = Object.freeze(headers);
    this.answers.set(answer, { maxAge: maxAgeSeconds, headers: table });
    return table;
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

type HeaderTable = Readonly<Record<string, string | number>>;

/** What a cached representation answers: its body in one content coding, or 304. */
export type Answer = ContentCoding | 'not-modified';

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header === etag) return true;
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
  if (notModified(req, rep)) {
    res.writeHead(304, rep.headers('not-modified', maxAgeSeconds)).end();
    return;
  }
  const coding = negotiateEncoding(req.headers['accept-encoding']);
  res.writeHead(200, rep.headers(coding, maxAgeSeconds));
  res.end(req.method === 'HEAD' ? undefined : rep.encoded(coding));
}

export type ContentCoding = 'br' | 'gzip' | 'identity';

/**
 * The common case: a plain list with no q-values (`gzip`, `gzip, deflate, br`), read in place
 * (every feed request carries one; splitting it allocated on every request).
 */
function pickFromPlainList(header: string): ContentCoding {
  let gzip = false;
  let start = 0;
  while (start <= header.length) {
    let end = header.indexOf(',', start);
    if (end === -1) end = header.length;
    let from = start;
    let to = end;
    while (from < to && isSpace(header.charCodeAt(from))) from++;
    while (to > from && isSpace(header.charCodeAt(to - 1))) to--;
    const length = to - from;
    if (length === 1 && header.charCodeAt(from) === STAR) return 'br';
    if (length === 2 && codingIs(header, from, 'br')) return 'br';
    if (length === 4 && codingIs(header, from, 'gzip')) gzip = true;
    start = end + 1;
  }
  return gzip ? 'gzip' : 'identity';
}

const STAR = 0x2a;

/** HTTP's optional whitespace: space or tab. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Case-insensitive: does `header` hold the lower-case `name` at `from`? */
function codingIs(header: string, from: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    if ((header.charCodeAt(from + i) | 0x20) !== name.charCodeAt(i)) return false;
  }
  return true;
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
