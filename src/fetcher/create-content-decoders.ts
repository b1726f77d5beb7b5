import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from './fetch-error.js';

/** zlib-wrapped deflate starts with CMF/FLG whose 16-bit value is a multiple of 31. */
function isZlibWrapped(first: Uint8Array | undefined): boolean {
  if (first === undefined || first.length < 2) return true;
  const [cmf = 0, flg = 0] = first;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

function createDecoder(coding: string, first: Uint8Array | undefined, url: string): Transform {
  if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip();
  if (coding === 'br') return zlib.createBrotliDecompress();
  if (coding === 'deflate') {
    return isZlibWrapped(first) ? zlib.createInflate() : zlib.createInflateRaw();
  }
  throw new FetchError(`unsupported Content-Encoding "${coding}" from ${url}`, {
    url,
    code: 'decode',
  });
}

/**
 * The decompressors for a Content-Encoding header, in the order to apply them (the last coding
 * applied by the server comes off first). `first` is the body's first chunk, to tell zlib deflate
 * from raw deflate.
 */
export function createContentDecoders(
  contentEncoding: string | undefined,
  first: Uint8Array | undefined,
  url: string,
): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  return codings
    .reverse()
    .map((coding, i) => createDecoder(coding, i === 0 ? first : undefined, url));
}
