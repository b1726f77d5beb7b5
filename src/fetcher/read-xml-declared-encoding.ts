const declaration = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The `encoding` of an XML declaration at the start of already decoded (or ASCII-read) text. */
export function readXmlDeclaredEncoding(head: string): string | undefined {
  return declaration.exec(head)?.[1]?.toLowerCase();
}
