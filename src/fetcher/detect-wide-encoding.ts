/**
 * UTF-16/32 without a BOM, recognised by where the zero bytes of the first ASCII characters
 * fall (XML 1.0 appendix F, RFC 4627 section 3): `<?xml` and `{"` both start with ASCII.
 */
export function detectWideEncoding(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  const zero = [0, 1, 2, 3].map((i) => bytes[i] === 0);
  const pattern = zero.map((z) => (z ? '0' : 'x')).join('');
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
