import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FetchError } from './fetch-error.js';
import { readCappedBody } from './read-capped-body.js';

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
  if (size > maxBytes) {
    throw new FetchError(`file ${url} has ${size} bytes, over ${maxBytes}`, {
      url,
      code: 'too-large',
    });
  }
  return readCappedBody(createReadStream(path, { signal }), undefined, maxBytes, url);
}
