import { describe, expect, it } from 'vitest';
import { compileTopic } from '../../src/classifier/index.js';
import type { TopicConfig } from '../../src/config/index.js';
import { hashTopicDefinition, planReclassification } from '../../src/topics/index.js';

function topic(id: string, query: string, minScore?: number, watchlist?: string[]): TopicConfig {
  return {
    id,
    title: id,
    query,
    minScore,
    compiled: compileTopic({ id, query, minScore, watchlist }),
  };
}

describe('planReclassification', () => {
  it('hashes what decides membership: query, threshold and watch-list, not the title', () => {
    const base = hashTopicDefinition(topic('b', 'belarus*'));
    expect(hashTopicDefinition({ ...topic('b', 'belarus*'), title: 'Other' })).toBe(base);
    expect(hashTopicDefinition(topic('b', 'belarus* OR minsk'))).not.toBe(base);
    expect(hashTopicDefinition(topic('b', 'belarus*', 3))).not.toBe(base);
    expect(hashTopicDefinition(topic('b', 'belarus*', undefined, ['Ales Bialiatski']))).not.toBe(
      base,
    );
  });

  it('sorts topics into added, changed and removed', () => {
    const kept = topic('kept', 'a');
    const changed = topic('changed', 'b OR c');
    const added = topic('added', 'd');
    const versions = new Map([
      ['kept', hashTopicDefinition(kept)],
      ['changed', hashTopicDefinition(topic('changed', 'b'))],
      ['gone', 'x'],
    ]);
    const plan = planReclassification([kept, changed, added], versions, ['kept', 'gone', 'stray']);
    expect(plan.added.map((t) => t.id)).toEqual(['added']);
    expect(plan.changed.map((t) => t.id)).toEqual(['changed']);
    expect(plan.removed).toEqual(['gone', 'stray']);
  });
});
