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
