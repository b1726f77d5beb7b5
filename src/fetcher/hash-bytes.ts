import { createHash } from 'node:crypto';

/** sha256 of the bytes, hex. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
