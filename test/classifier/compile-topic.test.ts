import { describe, expect, it } from 'vitest';
import { compileQuery, compileTopic, readWeights } from '../../src/classifier/compile-topic.js';
import type { EvidenceDefinition } from '../../src/classifier/evidence.js';
import { QuerySyntaxError, TopicDefinitionError } from '../../src/classifier/query-node.js';

function syntaxError(source: string): QuerySyntaxError {
  try {
    compileQuery(source);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${source}`);
}

describe('compileQuery: valid queries', () => {
  it('parses a term with a prefix', () => {
    expect(compileQuery('Belarus*').root).toMatchObject({
      kind: 'leaf',
      words: [{ text: 'belarus', prefix: true }],
      field: 'any',
    });
  });

  it('parses a phrase with a prefix on its last word', () => {
    expect(compileQuery('"Political prisoner*"').root).toMatchObject({
      kind: 'leaf',
      words: [
        { text: 'political', prefix: false },
        { text: 'prisoner', prefix: true },
      ],
    });
  });

  it('binds AND tighter than OR, and reads adjacent terms as AND', () => {
    const root = compileQuery('a1 b2 OR c3 AND d4').root;
    expect(root).toMatchObject({
      kind: 'or',
      children: [{ kind: 'and' }, { kind: 'and' }],
    });
  });

  it('applies a field prefix to a term, a phrase and a whole group', () => {
    const root = compileQuery('title:minsk content:"new belarus" title:(aa OR content:bb)').root;
    expect(root).toMatchObject({
      kind: 'and',
      children: [
        { kind: 'leaf', field: 'title' },
        { kind: 'leaf', field: 'content' },
        {
          kind: 'or',
          children: [
            { kind: 'leaf', field: 'title' },
            { kind: 'leaf', field: 'content' },
          ],
        },
      ],
    });
  });

  it('parses NEAR/n with OR-groups on either side, and NOT', () => {
    const root = compileQuery('(jail* OR prison*) NEAR/4 activist* NOT "prisoner* of war"').root;
    expect(root).toMatchObject({
      kind: 'and',
      children: [
        { kind: 'near', distance: 4, left: [{ label: 'jail*' }, { label: 'prison*' }] },
        { kind: 'not', child: { kind: 'leaf', label: '"prisoner* of war"' } },
      ],
    });
  });

  it('turns a hyphenated or apostrophised word into a phrase', () => {
    expect(compileQuery('pro-democracy').root).toMatchObject({
      kind: 'leaf',
      words: [{ text: 'pro' }, { text: 'democracy' }],
    });
  });

  it('accepts NOT beside a positive term, and lower-case and/or as plain words', () => {
    expect(compileQuery('belarus NOT minsk').root.kind).toBe('and');
    expect(compileQuery('war and peace').root).toMatchObject({
      kind: 'and',
      children: [{}, {}, {}],
    });
  });
});

describe('compileQuery: syntax errors carry the offset of the culprit', () => {
  const cases: [string, string, number, RegExp][] = [
    ['empty', '   ', 0, /empty query/],
    ['unclosed parenthesis', 'a OR (b AND c', 5, /unclosed parenthesis/],
    ['stray closing parenthesis', 'a OR b)', 6, /unexpected "\)"/],
    ['empty parentheses', 'a ()', 2, /empty parentheses/],
    ['all-NOT', 'NOT belarus', 0, /only NOT terms/],
    ['an OR branch with only NOT', 'belarus OR NOT minsk', 11, /every OR branch/],
    ['dangling AND', 'belarus AND', 8, /AND needs a term after it/],
    ['dangling OR before )', '(belarus OR) minsk', 9, /OR needs a term after it/],
    ['leading OR', 'OR belarus', 0, /OR needs a term before it/],
    ['dangling NOT', 'belarus NOT', 8, /NOT needs a term after it/],
    ['unterminated quote', 'belarus "political prisoner', 8, /unterminated quote/],
    ['empty phrase', 'a ""', 2, /phrase has no letters or digits/],
    ['punctuation-only term', 'a !!!', 2, /term has no letters or digits/],
    ['star inside a word', 'bel*arus', 3, /only allowed at the end of a word/],
    ['too short a prefix', 'b*', 0, /prefix needs at least 2/],
    ['unknown field', 'author:smith', 0, /unknown field "author:"/],
    ['field with nothing after it', 'title: OR x', 0, /title: needs a term/],
    ['NEAR without a left side', 'NEAR/3 x', 0, /NEAR\/3 needs a term before it/],
    [
      'NEAR over a group with AND',
      '(a1 AND b2) NEAR/3 c3',
      12,
      /NEAR joins terms, phrases or OR-groups/,
    ],
    ['chained NEAR', 'a1 NEAR/2 b2 NEAR/2 c3', 13, /cannot be chained/],
    ['NEAR with a bad distance', 'a1 NEAR/x b2', 3, /NEAR needs a distance/],
    ['NEAR too far', 'a1 NEAR/500 b2', 3, /NEAR distance above 100/],
  ];
  for (const [name, source, offset, message] of cases) {
    it(name, () => {
      const error = syntaxError(source);
      expect(error.message).toMatch(/^classifier: /);
      expect(error.message).toMatch(message);
      expect(error.offset).toBe(offset);
      expect(error.source).toBe(source);
    });
  }
});

describe('compileTopic: evidence groups', () => {
  const group = (over: Partial<EvidenceDefinition> = {}): EvidenceDefinition => ({
    id: 'g',
    kind: 'supporting',
    query: 'treason',
    ...over,
  });

  it('compiles each group with the weight of its kind unless it sets one', () => {
    const topic = compileTopic({
      id: 't',
      query: 'prisoner*',
      evidence: [
        group({ id: 'designation', kind: 'decisive', query: '"political prisoner*"' }),
        group({ id: 'charge' }),
        group({ id: 'war', kind: 'against', query: '"prisoner* of war"', weight: -2 }),
      ],
    });
    expect(readWeights(topic)).toEqual({ query: 1, designation: 2.5, charge: 0.5, war: -2 });
    expect(topic.evidence?.map((g) => g.query.source)).toEqual([
      '"political prisoner*"',
      'treason',
      '"prisoner* of war"',
    ]);
  });

  it.each([
    [[group(), group()], ['evidence', 1, 'id'], 'evidence id "g" is used twice'],
    [[group({ id: 'query' })], ['evidence', 0, 'id'], 'evidence id "query" is reserved'],
    [[group({ weight: -1 })], ['evidence', 0, 'weight'], "group's weight must be 0 or above"],
    [[group({ kind: 'against', weight: 1 })], ['evidence', 0, 'weight'], 'zero or below'],
    [[group({ kind: 'decisive', weight: 1 })], ['evidence', 0, 'weight'], 'must be 2.5 or above'],
  ])('refuses a bad group, saying where: %#', (evidence, path, message) => {
    const compile = () => compileTopic({ id: 't', query: 'x', evidence });
    expect(compile).toThrow(TopicDefinitionError);
    expect(compile).toThrow(message);
    try {
      compile();
    } catch (error) {
      expect((error as TopicDefinitionError).path).toEqual(path);
    }
  });

  it('gives a syntax error in a group its place in the definition', () => {
    try {
      compileTopic({
        id: 't',
        query: 'x',
        evidence: [group(), group({ id: 'h', query: 'a AND (' })],
      });
      throw new Error('expected a syntax error');
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
      expect((error as QuerySyntaxError).path).toEqual(['evidence', 1, 'query']);
    }
  });
});
