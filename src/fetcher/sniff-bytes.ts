import { decodeWithCharset, isSingleByteCharset } from './charset-names.js';

// What the bytes themselves say about their charset: BOM, UTF-16/32 patterns, UTF-8 validity, and
// the Cyrillic or Latin single-byte charset that reads best; and how that overrules a declaration.

const byteOrderMarks: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16be', [0xfe, 0xff]],
  ['utf-16le', [0xff, 0xfe]],
];

/** The byte order mark at the start of `bytes`, if any (UTF-32 checked before UTF-16). */
export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const [encoding, mark] of byteOrderMarks) {
    if (mark.every((byte, i) => bytes[i] === byte)) return { encoding, length: mark.length };
  }
  return undefined;
}

/**
 * UTF-16/32 without a BOM, recognised by where the zero bytes of the first ASCII characters
 * fall (XML 1.0 appendix F, RFC 4627 section 3): `<?xml` and `{"` both start with ASCII.
 */
export function detectWideEncoding(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  const pattern = [0, 1, 2, 3].map((i) => (bytes[i] === 0 ? '0' : 'x')).join('');
  switch (pattern) {
    case '000x':
      return 'utf-32be';
    case 'x000':
      return 'utf-32le';
    case '0x0x':
      return 'utf-16be';
    case 'x0x0':
      return 'utf-16le';
    default:
      return undefined;
  }
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

/**
 * True when more than half of the non-ASCII characters decode to U+FFFD as UTF-8. Valid UTF-8 is
 * answered by the native decoder alone; only invalid bytes are counted, in one linear pass.
 */
export function isMostlyInvalidUtf8(bytes: Uint8Array): boolean {
  if (isValidUtf8(bytes)) return false;
  const text = new TextDecoder('utf-8').decode(bytes);
  let nonAscii = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xdc00 && code < 0xe000)) continue; // ASCII, or a pair's 2nd half
    nonAscii++;
    if (code === 0xfffd) invalid++;
  }
  return invalid > 0 && invalid * 2 > nonAscii;
}

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

const lowerCyrillic = /[а-яёіўєї]/g;

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

/**
 * A declared single-byte charset loses to bytes that are valid, non-ASCII UTF-8; a declared UTF-8
 * loses to sniffing when most non-ASCII sequences are invalid (Latin-1 under a UTF-8 label).
 */
export function checkDeclared(bytes: Uint8Array, declared: string): string {
  if (declared === 'utf-8' && isMostlyInvalidUtf8(bytes)) return sniffSingleByteEncoding(bytes);
  const looksUtf8 = isSingleByteCharset(declared) && hasNonAscii(bytes) && isValidUtf8(bytes);
  return looksUtf8 ? 'utf-8' : declared;
}
