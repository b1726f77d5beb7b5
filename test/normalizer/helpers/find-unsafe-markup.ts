const UNSAFE_TAG =
  /^<\/?(?:script|iframe|object|embed|applet|style|meta|form|link|base|frame|frameset)\b/i;
const HANDLER = /\son[a-z]*\s*=/i;
const UNSAFE_URL = /(?:href|src|cite)\s*=\s*"(?!https?:\/\/|mailto:)/i;

/** The tags of sanitized HTML that could run code or load from a bad URL (text is ignored). */
export function findUnsafeMarkup(html: string): string[] {
  const tags = html.match(/<[^>]*>/g) ?? [];
  return tags.filter((tag) => UNSAFE_TAG.test(tag) || HANDLER.test(tag) || UNSAFE_URL.test(tag));
}
