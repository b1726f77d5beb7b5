import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/classifier/build-document.js';
import { classifyEntry, explainMatch } from '../../src/classifier/classify-entry.js';
import {
  type CompiledTopic,
  compileQuery,
  compileTopic,
  withWeights,
} from '../../src/classifier/compile-topic.js';
import {
  createPatternTable,
  locatePatterns,
  numberPattern,
} from '../../src/classifier/pattern-table.js';
import { matcherOf } from '../../src/classifier/topic-matcher.js';

describe('pattern table: every pattern of a topic found from the entry’s words', () => {
  it('finds exact words and nested prefixes at each of their positions, by zone', () => {
    const table = createPatternTable();
    const politic = numberPattern(table, { text: 'politic', prefix: true });
    const polit = numberPattern(table, { text: 'polit', prefix: true });
    const political = numberPattern(table, { text: 'political', prefix: false });
    const politics = numberPattern(table, { text: 'politics', prefix: false });
    expect(numberPattern(table, { text: 'polit', prefix: true })).toBe(polit);
    expect(numberPattern(table, { text: 'polit', prefix: false })).not.toBe(polit);
    const doc = buildDocument({
      title: 'Political prisoners',
      text: 'A politician spoke. Politically, political talk.',
    });
    const found = locatePatterns(table, doc);
    expect(found.title[polit]).toEqual([0]);
    expect(found.title[politic]).toEqual([0]);
    expect(found.title[political]).toEqual([0]);
    expect(found.content[polit]).toEqual([1, 3, 4]);
    expect(found.content[politic]).toEqual([1, 3, 4]);
    expect(found.content[political]).toEqual([4]);
    expect(found.content[politics]).toBeUndefined();
  });
});

describe('topic matcher: compiled once, for the topic it was made from', () => {
  const topic = compileTopic({
    id: 't',
    query: 'belarus*',
    minScore: 0,
    watchlist: ['Ales Bialiatski'],
    evidence: [{ id: 'war', kind: 'against', query: '"prisoner* of war"' }],
  });
  const entry = { title: 'Ales Bialiatski in court', text: 'A hearing in Belarus.' };

  it('is kept by the topic and shared with its copies of other weights', () => {
    const matcher = matcherOf(topic);
    expect(matcherOf(topic)).toBe(matcher);
    expect(matcherOf(withWeights(topic, { query: 2 }))).toBe(matcher);
  });

  it('answers for a copy with another query or watch-list as that copy says', () => {
    const draft: CompiledTopic = { ...topic, query: compileQuery('court') };
    expect(explainMatch(entry, draft).terms).toEqual(['court', '"Ales Bialiatski"']);
    const unwatched: CompiledTopic = { ...topic, watchlist: [] };
    expect(explainMatch(entry, unwatched).terms).toEqual(['belarus*']);
    expect(explainMatch(entry, topic).terms).toEqual(['"Ales Bialiatski"', 'belarus*']);
  });

  it('matches a topic built without a slot (a search) as one compiled with it', () => {
    const literal: CompiledTopic = {
      id: 's',
      query: topic.query,
      minScore: 0,
      watchlist: topic.watchlist,
    };
    expect(classifyEntry(entry, [literal])).toEqual(
      classifyEntry(entry, [{ ...topic, id: 's', evidence: [], weights: { query: 1 } }]),
    );
  });

  it('still evaluates a branch that NOT makes true where none of its words occurs', () => {
    const guarded = compileTopic({
      id: 'g',
      query: 'belarus* AND (minsk OR NOT war)',
      minScore: 0,
    });
    expect(explainMatch({ title: 'Belarus today', text: '' }, guarded).matched).toBe(true);
    expect(explainMatch({ title: 'Belarus at war', text: '' }, guarded).matched).toBe(false);
    expect(explainMatch({ title: 'Belarus at war in Minsk', text: '' }, guarded).terms).toEqual([
      'belarus*',
      'minsk',
    ]);
  });

  it('gives no evidence for an entry that is not a candidate, whatever it holds against', () => {
    const explained = explainMatch(
      { title: 'Prisoners of war exchanged', text: 'A prisoner of war swap.' },
      topic,
    );
    expect(explained).toMatchObject({ matched: false, score: 0, terms: [], evidence: [] });
  });
});
