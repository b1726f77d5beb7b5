import { pipeline, Readable } from 'node:stream';
import { createContentDecoders } from './create-content-decoders.js';
import { FetchError } from './fetch-error.js';

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

/**
 * Reads a body, undoing its Content-Encoding, and stops as soon as the decoded size passes
 * `maxBytes` (a gzip bomb is cut at the cap; memory never holds more than the cap).
 */
export async function readCappedBody(
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
      if (total > maxBytes) {
        throw new FetchError(`body of ${url} exceeds ${maxBytes} bytes once decoded`, {
          url,
          code: 'too-large',
        });
      }
      chunks.push(chunk as Uint8Array);
    }
  } catch (error) {
    throw wrapDecodeError(error, url);
  } finally {
    stream?.destroy();
  }
  return Buffer.concat(chunks);
}
