import { type DecodedFeedText, parseContentTypeCharset } from './charset.js';
import { decodeWithCharset, isWide, resolveCharset } from './charset-names.js';
import {
  checkDeclared,
  detectBom,
  detectWideEncoding,
  isMostlyInvalidUtf8,
  sniffSingleByteEncoding,
} from './sniff-bytes.js';

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
