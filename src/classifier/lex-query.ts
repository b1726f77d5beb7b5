import { QuerySyntaxError } from './query-node.js';

export type QueryTokenType =
  | 'lparen'
  | 'rparen'
  | 'and'
  | 'or'
  | 'not'
  | 'near'
  | 'field'
  | 'word'
  | 'phrase';

export interface QueryToken {
  type: QueryTokenType;
  /** The word, the phrase's inner text, the field name, or the operator as written. */
  text: string;
  offset: number;
  /** NEAR/n: the n. */
  distance?: number;
}

const OPERATORS: Readonly<Record<string, QueryTokenType>> = { AND: 'and', OR: 'or', NOT: 'not' };
const FIELDS = new Set(['title', 'content']);
const DEFAULT_NEAR_DISTANCE = 5;

/** Splits a query into tokens in one pass; throws QuerySyntaxError on an unterminated quote. */
export function lexQuery(source: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/u.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: ch === '(' ? 'lparen' : 'rparen', text: ch, offset: i });
      i += 1;
    } else if (ch === '"') {
      i = readPhrase(source, i, tokens);
    } else {
      i = readWord(source, i, tokens);
    }
  }
  return tokens;
}

function readPhrase(source: string, start: number, tokens: QueryToken[]): number {
  const end = source.indexOf('"', start + 1);
  if (end < 0) throw new QuerySyntaxError('unterminated quote', { offset: start, source });
  tokens.push({ type: 'phrase', text: source.slice(start + 1, end), offset: start });
  return end + 1;
}

function readWord(source: string, start: number, tokens: QueryToken[]): number {
  let end = start;
  while (end < source.length && !/[\s()"]/u.test(source[end] as string)) end += 1;
  const word = source.slice(start, end);
  const operator = OPERATORS[word];
  if (operator) {
    tokens.push({ type: operator, text: word, offset: start });
  } else if (word === 'NEAR' || word.startsWith('NEAR/')) {
    tokens.push({
      type: 'near',
      text: word,
      offset: start,
      distance: readNearDistance(word, start, source),
    });
  } else {
    pushWordOrField(word, start, source, tokens);
  }
  return end;
}

function readNearDistance(word: string, offset: number, source: string): number {
  if (word === 'NEAR') return DEFAULT_NEAR_DISTANCE;
  const digits = word.slice('NEAR/'.length);
  if (!/^\d{1,3}$/.test(digits)) {
    throw new QuerySyntaxError(`NEAR needs a distance like NEAR/5, got "${word}"`, {
      offset,
      source,
    });
  }
  return Number(digits);
}

function pushWordOrField(word: string, offset: number, source: string, tokens: QueryToken[]): void {
  const field = /^(\p{L}+):/u.exec(word);
  if (!field) {
    tokens.push({ type: 'word', text: word, offset });
    return;
  }
  const name = (field[1] as string).toLowerCase();
  if (!FIELDS.has(name)) {
    throw new QuerySyntaxError(`unknown field "${name}:" (use title: or content:)`, {
      offset,
      source,
    });
  }
  tokens.push({ type: 'field', text: name, offset });
  const rest = word.slice(field[0].length);
  if (rest) tokens.push({ type: 'word', text: rest, offset: offset + field[0].length });
}
