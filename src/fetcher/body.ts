import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, Readable, type Transform } from 'node:stream';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { FetchError } from './fetch-error.js';
import { type ResponseHeaders, readHeader } from './http-headers.js';

// Content-Encoding.

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
function createContentDecoders(
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

async function* prependChunk(first: Uint8Array, rest: AsyncIterator<Uint8Array>) {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function openDecodedStream(
  body: AsyncIterable<Uint8Array>,
  contentEncoding: string | undefined,
  url: string,
): Promise<Readable | undefined> {
  const iterator = body[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return undefined;
  const decoders = createContentDecoders(contentEncoding, first.value, url);
  const source = Readable.from(prependChunk(first.value, iterator), { objectMode: false });
  if (decoders.length === 0) return source;
  return pipeline([source, ...decoders], () => {}) as unknown as Readable;
}

function wrapDecodeError(error: unknown, url: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('Z_')) return error;
  return new FetchError(`unable to decompress the body from ${url}`, {
    url,
    code: 'decode',
    cause: error,
  });
}

// The byte cap.

function tooLarge(message: string, url: string): FetchError {
  return new FetchError(message, { url, code: 'too-large' });
}

/**
 * Reads a body, undoing its Content-Encoding, and stops as soon as the decoded size passes
 * `maxBytes` (a gzip bomb is cut at the cap; memory never holds more than the cap).
 */
async function readCappedBody(
  body: AsyncIterable<Uint8Array>,
  contentEncoding: string | undefined,
  maxBytes: number,
  url: string,
): Promise<Uint8Array> {
  const stream = await openDecodedStream(body, contentEncoding, url);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream ?? []) {
      total += (chunk as Uint8Array).byteLength;
      if (total > maxBytes)
        throw tooLarge(`body of ${url} exceeds ${maxBytes} bytes once decoded`, url);
      chunks.push(chunk as Uint8Array);
    }
  } catch (error) {
    throw wrapDecodeError(error, url);
  } finally {
    stream?.destroy();
  }
  return Buffer.concat(chunks);
}

/**
 * Reads an HTTP response body under the cap: refused at once when Content-Length already passes
 * it, else cut as soon as the decoded bytes do.
 */
export async function readResponseBody(
  headers: ResponseHeaders,
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
  url: string,
): Promise<Uint8Array> {
  const length = Number(readHeader(headers, 'content-length') ?? Number.NaN);
  if (length > maxBytes) {
    throw tooLarge(`Content-Length ${length} of ${url} exceeds ${maxBytes} bytes`, url);
  }
  return readCappedBody(body, readHeader(headers, 'content-encoding'), maxBytes, url);
}

/** Reads a `file:` source with the same byte cap as HTTP bodies. */
export async function readFeedFile(
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const path = fileURLToPath(url);
  const size = await stat(path).then(
    (stats) => stats.size,
    (cause: unknown) => {
      throw new FetchError(`unable to read ${url}`, { url, code: 'file', cause });
    },
  );
  if (size > maxBytes) throw tooLarge(`file ${url} has ${size} bytes, over ${maxBytes}`, url);
  return readCappedBody(createReadStream(path, { signal }), undefined, maxBytes, url);
}
