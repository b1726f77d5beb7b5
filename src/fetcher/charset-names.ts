import iconv from 'iconv-lite';

// Charset names (WHATWG, else iconv-lite) and decoding with one.

const multiByte = new Set([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'utf-32le',
  'utf-32be',
  'gbk',
  'gb18030',
  'big5',
  'euc-jp',
  'iso-2022-jp',
  'shift_jis',
  'euc-kr',
]);

function resolveWithTextDecoder(label: string): string | undefined {
  try {
    const name = new TextDecoder(label).encoding;
    return name === 'replacement' ? undefined : name;
  } catch {
    return undefined;
  }
}

/** The canonical (WHATWG, else iconv-lite) name of a charset label, or undefined if unknown. */
export function resolveCharset(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const name = label.trim().toLowerCase();
  if (name === 'utf-32' || name === 'utf32') return 'utf-32be';
  if (name === 'utf-32le' || name === 'utf-32be') return name;
  return resolveWithTextDecoder(name) ?? (iconv.encodingExists(name) ? name : undefined);
}

export function isSingleByteCharset(name: string): boolean {
  return !multiByte.has(name);
}

export function isWide(charset: string): boolean {
  return charset.startsWith('utf-16') || charset.startsWith('utf-32');
}

/**
 * Decodes with a canonical charset name; invalid sequences become U+FFFD, a BOM is kept.
 * windows-1252 goes to iconv-lite: Node 20's TextDecoder maps 0x80–0x9F to C1 controls.
 */
export function decodeWithCharset(bytes: Uint8Array, name: string): string {
  if (name !== 'windows-1252' && resolveWithTextDecoder(name) === name) {
    return new TextDecoder(name, { ignoreBOM: true }).decode(bytes);
  }
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, {
    stripBOM: false,
  });
}
