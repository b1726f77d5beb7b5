/** The indexes of items whose `id` was already used by an earlier item. */
export function findDuplicateIds(items: readonly { id: string }[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) duplicates.push(index);
    seen.add(item.id);
  });
  return duplicates;
}
