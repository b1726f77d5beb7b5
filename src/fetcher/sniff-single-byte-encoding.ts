import { decodeWithCharset } from './decode-with-charset.js';

const lowerCyrillic = /[а-яёіўєї]/g;

/** Share of non-ASCII bytes that touch another one: high in Cyrillic words, low for accents. */
function measureHighByteRuns(bytes: Uint8Array): number {
  let high = 0;
  let inRuns = 0;
  bytes.forEach((byte, i) => {
    if (byte < 0x80) return;
    high += 1;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRuns += 1;
  });
  return high === 0 ? 0 : inRuns / high;
}

function countLowerCyrillic(bytes: Uint8Array, charset: string): number {
  return decodeWithCharset(bytes, charset).match(lowerCyrillic)?.length ?? 0;
}

/**
 * Guesses windows-1251, KOI8-R or windows-1252 for bytes that are not UTF-8: Cyrillic text comes
 * in runs of high bytes, and its lower-case letters sit at E0–FF in windows-1251 but C0–DF in KOI8-R.
 */
export function sniffSingleByteEncoding(bytes: Uint8Array): string {
  if (measureHighByteRuns(bytes) < 0.5) return 'windows-1252';
  const cp1251 = countLowerCyrillic(bytes, 'windows-1251');
  const koi8 = countLowerCyrillic(bytes, 'koi8-r');
  return koi8 > cp1251 ? 'koi8-r' : 'windows-1251';
}
