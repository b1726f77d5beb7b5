import { describe, expect, it } from 'vitest';
import { classifyEntry, explainMatch } from '../../src/classifier/classify-entry.js';
import {
  compileTopic,
  DEFAULT_MIN_SCORE,
  parseWatchlist,
} from '../../src/classifier/compile-topic.js';

/** A topic with threshold 0, so these tests see the boolean candidate decision alone. */
function matches(query: string, title: string, text = ''): boolean {
  return explainMatch({ title, text }, compileTopic({ id: 't', query, minScore: 0 })).matched;
}

describe('matching: terms, prefixes and phrases', () => {
  it('matches a whole token, not a substring', () => {
    expect(matches('minsk', 'Talks in Minsk today')).toBe(true);
    expect(matches('minsk', 'Minskers celebrate')).toBe(false);
  });

  it('matches a prefix against inflected forms in every script', () => {
    expect(matches('лукашенк*', 'Встреча с Лукашенко')).toBe(true);
    expect(matches('лукашэнк*', 'Улады на чале з Лукашэнкам')).toBe(true);
    expect(matches('belarus*', "Belarus's economy")).toBe(true);
  });

  it('matches ё, і and apostrophe variants however the query spells them', () => {
    expect(matches('политзаключённые', 'Освобождены политзаключенные')).toBe(true);
    expect(matches('мінск', 'Протест в Минске и Минск', '')).toBe(true);
    expect(matches('"надвор’е"', "Прагноз надвор'я і надвор'е")).toBe(true);
  });

  it('matches a phrase only with its words in order and adjacent', () => {
    expect(matches('"political prisoner"', 'A political prisoner freed')).toBe(true);
    expect(matches('"political prisoner"', 'Political cost of more prisoners')).toBe(false);
    expect(matches('"political prisoner"', 'prisoner, political')).toBe(false);
  });

  it('matches a phrase with a prefix on its last word', () => {
    expect(matches('"political prisoner*"', 'Viasna counts 1,162 political prisoners')).toBe(true);
    expect(matches('"политическ* заключенн*"', 'Мы считаем его политическим заключённым')).toBe(
      true,
    );
  });
});

describe('matching: fields, NEAR and NOT', () => {
  it('restricts title: and content: to their field', () => {
    expect(matches('title:belarus', 'Belarus votes', 'Nothing here')).toBe(true);
    expect(matches('title:belarus', 'Votes', 'Belarus votes')).toBe(false);
    expect(matches('content:belarus', 'Belarus votes', 'Nothing here')).toBe(false);
    expect(matches('content:"new belarus"', 'x', 'The New Belarus passport')).toBe(true);
  });

  it('matches NEAR/n in either order within n words, within one field', () => {
    const query = 'jail* NEAR/2 (activist* OR blogger*)';
    expect(matches(query, 'Activist jailed')).toBe(true);
    expect(matches(query, 'Court jails popular Belarusian blogger')).toBe(true);
    expect(matches(query, 'Court jails a very popular Belarusian blogger')).toBe(false);
    expect(matches(query, 'jailed', 'activist')).toBe(false);
  });

  it('lets NOT exclude, and exclude only its own branch', () => {
    expect(matches('prisoner* NOT "prisoner* of war"', 'Prisoners of war swapped')).toBe(false);
    expect(matches('prisoner* NOT "prisoner* of war"', 'Prisoners freed')).toBe(true);
    const branch = '"political prisoner*" OR (prisoner* AND NOT "prisoners of war")';
    expect(matches(branch, 'Political prisoners and prisoners of war freed')).toBe(true);
  });
});

describe('relevance scoring', () => {
  const topic = compileTopic({ id: 'belarus', query: 'belarus* OR lukashenk*' });
  const filler = 'The weather was mild and markets were calm across the region. '.repeat(8);

  it('uses a default threshold when the topic sets none', () => {
    expect(topic.minScore).toBe(DEFAULT_MIN_SCORE);
  });

  it('scores a title hit above a mention deep in the body', () => {
    const title = explainMatch({ title: 'Belarus votes', text: filler }, topic);
    const deep = explainMatch({ title: 'Votes', text: `${filler} Belarus too.` }, topic);
    expect(title.score).toBe(3);
    expect(deep.score).toBe(1);
    expect(title.matched).toBe(true);
  });

  it('keeps a single passing mention below the threshold, even in the lead', () => {
    const lead = explainMatch({ title: 'Gas storage', text: `Belarus grid. ${filler}` }, topic);
    expect(lead.score).toBe(2);
    expect(lead.matched).toBe(false);
    expect(lead.terms).toEqual(['belarus*']);
  });

  it('gives diminishing returns to repeated mentions', () => {
    const body = `${filler} Belarus. Belarus. Belarus. Belarus.`;
    const four = explainMatch({ title: 'x', text: body }, topic);
    expect(four.score).toBeCloseTo(1 + 0.7 + 0.49 + 0.343, 2);
    expect(four.matched).toBe(true);
  });

  it('does not count one token twice when two leaves match it', () => {
    const twice = compileTopic({ id: 't', query: 'belarus* OR belarusian', minScore: 0 });
    expect(explainMatch({ title: 'Belarusian', text: '' }, twice).score).toBe(3);
  });

  it('counts watch-list names as extra positive terms', () => {
    const watched = compileTopic({
      id: 'pp',
      query: '"political prisoner*"',
      watchlist: ['Ales Bialiatski', 'Алесь Бяляцк*'],
    });
    const entry = {
      title: 'Ales Bialiatski marks birthday in colony',
      text: 'Алесь Бяляцкі адзначыў дзень нараджэння.',
    };
    const result = explainMatch(entry, watched);
    expect(result.matched).toBe(true);
    expect(result.terms).toEqual(['"Ales Bialiatski"', '"Алесь Бяляцк*"']);
  });

  it('classifyEntry returns only the topics that match, with score and terms', () => {
    const other = compileTopic({ id: 'weather', query: 'storm*' });
    const result = classifyEntry({ title: 'Lukashenko signs decree', text: filler }, [
      topic,
      other,
    ]);
    expect(result).toEqual([{ topicId: 'belarus', score: 3, terms: ['lukashenk*'] }]);
  });
});

describe('parseWatchlist', () => {
  it('keeps one trimmed name a line and drops comments and blank lines', () => {
    const text = '# header\nAles Bialiatski\r\n\n  Jimmy Lai  # Hong Kong\n';
    expect(parseWatchlist(text)).toEqual(['Ales Bialiatski', 'Jimmy Lai']);
  });
});
