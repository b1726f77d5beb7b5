/** The `charset` parameter of a Content-Type header, unquoted and lower-cased. */
export function parseContentTypeCharset(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim().toLowerCase();
  return value ? value : undefined;
}
