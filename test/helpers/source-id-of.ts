/** A source id for a feed file: its name without extension, as config ids allow. */
export function sourceIdOf(file: string): string {
  return file.replace(/\.(xml|json|rdf)$/, '').toLowerCase();
}
