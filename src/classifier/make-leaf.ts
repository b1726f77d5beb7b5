import type { QueryToken } from './lex-query.js';
import { QUERY_LIMITS } from './query-limits.js';
import type { LeafNode, QueryField, WordPattern } from './query-node.js';
import { QuerySyntaxError } from './query-syntax-error.js';
import { tokenizeText } from './tokenize-text.js';

/**
 * Turns a word or phrase token into a leaf of folded words. A `*` at the end of a word makes it a
 * prefix (`belarus*`, `"political prisoner*"`, `"prisoner* of war"`). A word that folds into
 * several tokens (`pro-democracy`, `Lukashenka's`) becomes a phrase.
 */
export function makeLeaf(token: QueryToken, field: QueryField, source: string): LeafNode {
  const start = token.type === 'phrase' ? token.offset + 1 : token.offset;
  const words: WordPattern[] = [];
  for (const part of token.text.matchAll(/\S+/gu)) {
    words.push(...readPart(part[0], start + part.index, source));
  }
  if (words.length === 0) {
    const what = token.type === 'phrase' ? 'phrase' : 'term';
    throw new QuerySyntaxError(`${what} has no letters or digits`, {
      offset: token.offset,
      source,
    });
  }
  const label = token.type === 'phrase' ? `"${token.text}"` : token.text;
  return { kind: 'leaf', words, field, label, offset: token.offset };
}

function readPart(part: string, offset: number, source: string): WordPattern[] {
  const prefix = part.endsWith('*');
  const body = prefix ? part.slice(0, -1) : part;
  const star = body.indexOf('*');
  if (star >= 0) {
    throw new QuerySyntaxError('"*" is only allowed at the end of a word', {
      offset: offset + star,
      source,
    });
  }
  const words = tokenizeText(body).map((text) => ({ text, prefix: false }));
  const last = words.at(-1);
  if (prefix && (!last || last.text.length < QUERY_LIMITS.minPrefixLength)) {
    const message = `a prefix needs at least ${QUERY_LIMITS.minPrefixLength} letters before "*"`;
    throw new QuerySyntaxError(message, { offset, source });
  }
  if (last) last.prefix = prefix;
  return words;
}
