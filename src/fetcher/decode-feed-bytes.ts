import { decodeWithCharset, isSingleByteCharset, resolveCharset } from './decode-with-charset.js';
import { detectBom } from './detect-bom.js';
import { detectWideEncoding } from './detect-wide-encoding.js';
import { hasNonAscii, isMostlyInvalidUtf8, isValidUtf8 } from './is-valid-utf8.js';
import { parseContentTypeCharset } from './parse-content-type-charset.js';
import { readXmlDeclaredEncoding } from './read-xml-declared-encoding.js';
import { sniffSingleByteEncoding } from './sniff-single-byte-encoding.js';
import { stripXmlDeclaredEncoding } from './strip-xml-declared-encoding.js';

export interface DecodedFeedText {
  /** The document as text: no BOM, no `encoding` attribute left in the XML declaration. */
  text: string;
  /** Canonical name of the charset used (WHATWG names, plus utf-32le/utf-32be). */
  encoding: string;
}

function isWide(charset: string): boolean {
  return charset.startsWith('utf-16') || charset.startsWith('utf-32');
}

function resolveLabel(label: string | undefined): string | undefined {
  return label === undefined ? undefined : resolveCharset(label);
}

/**
 * A declared single-byte charset loses to bytes that are valid, non-ASCII UTF-8; a declared UTF-8
 * loses to sniffing when most non-ASCII sequences are invalid (Latin-1 under a UTF-8 label).
 */
function checkDeclared(bytes: Uint8Array, declared: string): string {
  if (declared === 'utf-8' && isMostlyInvalidUtf8(bytes)) return sniffSingleByteEncoding(bytes);
  const looksUtf8 = isSingleByteCharset(declared) && hasNonAscii(bytes) && isValidUtf8(bytes);
  return looksUtf8 ? 'utf-8' : declared;
}

function looksLikeJson(bytes: Uint8Array, contentType: string | undefined): boolean {
  if (contentType && /\bjson\b/i.test(contentType)) return true;
  const first = bytes.find((byte) => byte > 0x20);
  return first === 0x7b || first === 0x5b;
}

function chooseCharset(bytes: Uint8Array, contentType: string | undefined): string {
  const wide = detectWideEncoding(bytes);
  const fromHttp = resolveLabel(parseContentTypeCharset(contentType));
  if (fromHttp && isWide(fromHttp)) return wide ?? checkDeclared(bytes, 'utf-8');
  if (looksLikeJson(bytes, contentType) || wide) {
    return wide ?? (fromHttp && !isValidUtf8(bytes) ? fromHttp : 'utf-8');
  }
  if (fromHttp) return checkDeclared(bytes, fromHttp);
  const head = decodeWithCharset(bytes.subarray(0, 1024), 'windows-1252');
  const fromXml = resolveLabel(readXmlDeclaredEncoding(head));
  if (fromXml && !isWide(fromXml)) return checkDeclared(bytes, fromXml);
  return isMostlyInvalidUtf8(bytes) ? sniffSingleByteEncoding(bytes) : 'utf-8';
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
