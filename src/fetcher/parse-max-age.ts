/** The `max-age` (seconds) of a Cache-Control header; `no-cache`/`no-store` count as 0. */
export function parseMaxAge(cacheControl: string | undefined): number | undefined {
  if (!cacheControl) return undefined;
  const match = /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  if (match?.[1] !== undefined) return Number(match[1]);
  return /(?:^|[,\s])no-(?:cache|store)\b/i.test(cacheControl) ? 0 : undefined;
}
