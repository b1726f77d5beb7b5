import { createHash } from 'node:crypto';
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
