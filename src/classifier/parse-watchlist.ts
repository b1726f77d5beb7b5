/** Reads a watch-list file: one name a line (a phrase, `*` allowed per word); `#` starts a comment. */
export function parseWatchlist(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.replace(/#.*$/u, '').trim())
    .filter((line) => line.length > 0);
}
