import iconv from 'iconv-lite';

export interface DecodedFeedText {
  /** The document as text: no BOM, no `encoding` attribute left in the XML declaration. */
  text: string;
  /** Canonical name of the charset used (WHATWG names, plus utf-32le/utf-32be). */
  encoding: string;
}

// Charset names and decoding.

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
function resolveCharset(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const name = label.trim().toLowerCase();
  if (name === 'utf-32' || name === 'utf32') return 'utf-32be';
  if (name === 'utf-32le' || name === 'utf-32be') return name;
  return resolveWithTextDecoder(name) ?? (iconv.encodingExists(name) ? name : undefined);
}

function isSingleByteCharset(name: string): boolean {
  return !multiByte.has(name);
}

function isWide(charset: string): boolean {
  return charset.startsWith('utf-16') || charset.startsWith('utf-32');
}

/**
 * Decodes with a canonical charset name; invalid sequences become U+FFFD, a BOM is kept.
 * windows-1252 goes to iconv-lite: Node 20's TextDecoder maps 0x80–0x9F to C1 controls.
 */
function decodeWithCharset(bytes: Uint8Array, name: string): string {
  if (name !== 'windows-1252' && resolveWithTextDecoder(name) === name) {
    return new TextDecoder(name, { ignoreBOM: true }).decode(bytes);
  }
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, {
    stripBOM: false,
  });
}

// What the bytes themselves say.

const byteOrderMarks: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16be', [0xfe, 0xff]],
  ['utf-16le', [0xff, 0xfe]],
];

/** The byte order mark at the start of `bytes`, if any (UTF-32 checked before UTF-16). */
function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const [encoding, mark] of byteOrderMarks) {
    if (mark.every((byte, i) => bytes[i] === byte)) return { encoding, length: mark.length };
  }
  return undefined;
}

/**
 * UTF-16/32 without a BOM, recognised by where the zero bytes of the first ASCII characters
 * fall (XML 1.0 appendix F, RFC 4627 section 3): `<?xml` and `{"` both start with ASCII.
 */
function detectWideEncoding(bytes: Uint8Array): string | undefined {
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

function isValidUtf8(bytes: Uint8Array): boolean {
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
function isMostlyInvalidUtf8(bytes: Uint8Array): boolean {
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
function sniffSingleByteEncoding(bytes: Uint8Array): string {
  if (measureHighByteRuns(bytes) < 0.5) return 'windows-1252';
  const cp1251 = countLowerCyrillic(bytes, 'windows-1251');
  const koi8 = countLowerCyrillic(bytes, 'koi8-r');
  return koi8 > cp1251 ? 'koi8-r' : 'windows-1251';
}

// What the server and the document declare.

/** The `charset` parameter of a Content-Type header, unquoted and lower-cased. */
export function parseContentTypeCharset(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim().toLowerCase();
  return value ? value : undefined;
}

const xmlDeclaredEncoding = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The `encoding` of an XML declaration at the start of already decoded (or ASCII-read) text. */
function readXmlDeclaredEncoding(head: string): string | undefined {
  return xmlDeclaredEncoding.exec(head)?.[1]?.toLowerCase();
}

const xmlEncodingAttribute = /^(\s*<\?xml\s[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/;

/** Removes the XML declaration's `encoding` attribute so a parser does not decode the text again. */
function stripXmlDeclaredEncoding(text: string): string {
  return text.replace(xmlEncodingAttribute, '$1');
}

function looksLikeJson(bytes: Uint8Array, contentType: string | undefined): boolean {
  if (contentType && /\bjson\b/i.test(contentType)) return true;
  const first = bytes.find((byte) => byte > 0x20);
  return first === 0x7b || first === 0x5b;
}

/** How far into an HTML page its `<meta>` charset is looked for (browsers read the whole head). */
const HTML_PRESCAN_BYTES = 16 * 1024;
const metaTag = /<meta\b[^>]*>/gi;

const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** A tag's attributes, names lower-cased; the first of a repeated name wins (as in browsers). */
function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.slice('<meta'.length).matchAll(attribute)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name))
      attributes.set(name, (match[2] ?? match[3] ?? match[4] ?? '').trim());
  }
  return attributes;
}

/**
 * The charset an HTML page declares in its head: `<meta charset>` or `<meta http-equiv=
 * "Content-Type" content="…; charset=…">`, the first one outside comments. A declared UTF-16
 * means UTF-8 (HTML standard: the bytes were read as ASCII to find it).
 */
function readMetaCharset(bytes: Uint8Array): string | undefined {
  const head = decodeWithCharset(bytes.subarray(0, HTML_PRESCAN_BYTES), 'windows-1252');
  for (const [tag] of head.replace(/<!--[\s\S]*?(?:-->|$)/g, '').matchAll(metaTag)) {
    const attributes = readAttributes(tag);
    const httpEquiv = attributes.get('http-equiv')?.toLowerCase() === 'content-type';
    const content = httpEquiv ? attributes.get('content') : undefined;
    const label = attributes.get('charset') ?? parseContentTypeCharset(content && `;${content}`);
    const charset = resolveCharset(label);
    if (charset) return isWide(charset) ? 'utf-8' : charset;
  }
  return undefined;
}

// The decision.

/**
 * A declared single-byte charset loses to bytes that are valid, non-ASCII UTF-8; a declared UTF-8
 * loses to sniffing when most non-ASCII sequences are invalid (Latin-1 under a UTF-8 label).
 */
function checkDeclared(bytes: Uint8Array, declared: string): string {
  if (declared === 'utf-8' && isMostlyInvalidUtf8(bytes)) return sniffSingleByteEncoding(bytes);
  const looksUtf8 = isSingleByteCharset(declared) && hasNonAscii(bytes) && isValidUtf8(bytes);
  return looksUtf8 ? 'utf-8' : declared;
}

function chooseCharset(bytes: Uint8Array, contentType: string | undefined): string {
  const wide = detectWideEncoding(bytes);
  const fromHttp = resolveCharset(parseContentTypeCharset(contentType));
  if (fromHttp && isWide(fromHttp)) return wide ?? checkDeclared(bytes, 'utf-8');
  if (looksLikeJson(bytes, contentType) || wide) {
    return wide ?? (fromHttp && !isValidUtf8(bytes) ? fromHttp : 'utf-8');
  }
  if (fromHttp) return checkDeclared(bytes, fromHttp);
  const head = decodeWithCharset(bytes.subarray(0, 1024), 'windows-1252');
  const fromXml = resolveCharset(readXmlDeclaredEncoding(head));
  if (fromXml && !isWide(fromXml)) return checkDeclared(bytes, fromXml);
  return isMostlyInvalidUtf8(bytes) ? sniffSingleByteEncoding(bytes) : 'utf-8';
}

function chooseHtmlCharset(bytes: Uint8Array, contentType: string | undefined): string {
  const fromHttp = resolveCharset(parseContentTypeCharset(contentType));
  if (fromHttp)
    return isWide(fromHttp)
      ? (detectWideEncoding(bytes) ?? 'utf-8')
      : checkDeclared(bytes, fromHttp);
  const fromMeta = readMetaCharset(bytes);
  if (fromMeta) return checkDeclared(bytes, fromMeta);
  return isMostlyInvalidUtf8(bytes) ? sniffSingleByteEncoding(bytes) : 'utf-8';
}

/**
 * Decodes an HTML page: BOM, then the HTTP charset, then the page's `<meta>` charset, then UTF-8
 * when valid, else a sniffed windows-1251 / KOI8-R / windows-1252. A declared single-byte charset
 * loses to valid non-ASCII UTF-8, as for feeds.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string): DecodedFeedText {
  const bom = detectBom(bytes);
  const encoding = bom?.encoding ?? chooseHtmlCharset(bytes, contentType);
  const text = decodeWithCharset(bytes.subarray(bom?.length ?? 0), encoding).replace(/^\uFEFF/, '');
  return { text, encoding };
}

/**
 * Decodes a feed body: BOM, then the HTTP charset, then the XML declaration (JSON: UTF-8/16/32),
 * then UTF-8 when valid, else a sniffed windows-1251 / KOI8-R / windows-1252.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedFeedText {
  const bom = detectBom(bytes);
  const encoding = bom?.encoding ?? chooseCharset(bytes, contentType);
  const decoded = decodeWithCharset(bytes.subarray(bom?.length ?? 0), encoding);
  const text = stripXmlDeclaredEncoding(decoded.replace(/^\uFEFF/, ''));
  return { text, encoding };
}
