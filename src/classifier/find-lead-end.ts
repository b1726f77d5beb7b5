/** Where the lead ends: after the second sentence, and never beyond `maxChars` characters. */
export function findLeadEnd(text: string, maxChars = 300): number {
  const head = text.slice(0, maxChars);
  let sentences = 0;
  for (const end of head.matchAll(/[.!?…](?=[\s"'»”’)]|$)/gu)) {
    sentences += 1;
    if (sentences === 2) return end.index + 1;
  }
  if (head.length < maxChars) return head.length;
  const lastSpace = head.search(/\s\S*$/u);
  return lastSpace > 0 ? lastSpace : head.length;
}
