import type { ParsedItem } from '../model/index.js';

const STRING_FIELDS = [
  'guid',
  'link',
  'title',
  'contentHtml',
  'summaryHtml',
  'author',
  'published',
  'updated',
  'base',
  'language',
] as const;

/**
 * A ParsedItem whose fields really are strings (and categories a string array): a field of any
 * other type is dropped with a warning, so later steps can rely on the types.
 */
export function coerceParsedItem(item: ParsedItem, warnings: string[]): ParsedItem {
  const source = (item ?? {}) as unknown as Record<string, unknown>;
  const out: ParsedItem = { categories: [] };
  for (const field of STRING_FIELDS) {
    const value = source[field];
    if (typeof value === 'string') out[field] = value;
    else if (value !== undefined && value !== null)
      warnings.push(`normalizer: ${field} dropped: not a string`);
  }
  const categories = Array.isArray(source.categories) ? source.categories : [];
  out.categories = categories.filter((c): c is string => typeof c === 'string');
  return out;
}
