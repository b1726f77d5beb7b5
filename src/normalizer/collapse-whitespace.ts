/** Collapses every run of whitespace (incl. no-break spaces and line breaks) to one space; trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
