const declaration = /^(\s*<\?xml\s[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/;

/** Removes the XML declaration's `encoding` attribute so a parser does not decode the text again. */
export function stripXmlDeclaredEncoding(text: string): string {
  return text.replace(declaration, '$1');
}
