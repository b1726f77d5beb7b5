export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** One response header (lower-case name); repeated headers are joined with `, `. */
export function readHeader(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
