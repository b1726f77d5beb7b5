import { decodeWithCharset, isWide, resolveCharset } from './charset-names.js';
import {
  checkDeclared,
  detectBom,
  detectWideEncoding,
  isMostlyInvalidUtf8,
  isValidUtf8,
  sniffSingleByteEncoding,
} from './sniff-bytes.js';

export interface DecodedFeedText {
  /** The document as text: no BOM, no `encoding` attribute left in the XML declaration. */
  text: string;
  /** Canonical name of the charset used (WHATWG names, plus utf-32le/utf-32be). */
  encoding: string;
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

// The decision.

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
