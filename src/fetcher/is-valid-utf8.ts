/** True when `bytes` are well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when any byte is outside ASCII. */
export function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

/** True when more than half of the non-ASCII characters decode to U+FFFD as UTF-8. */
export function isMostlyInvalidUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  const nonAscii = text.match(/[^\p{ASCII}]/gu)?.length ?? 0;
  const invalid = text.match(/\uFFFD/g)?.length ?? 0;
  return invalid > 0 && invalid * 2 > nonAscii;
}
