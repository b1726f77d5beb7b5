import { describe, expect, it } from 'vitest';
import { foldOf } from './cross-validate-stories.js';
import { threadsOf } from './pair-dataset.js';

describe('cross-validation by story (npm run eval)', () => {
  it('puts pairs that share a text in one thread, so no text is on both sides of a fold', () => {
    const threads = threadsOf([
      ['a.example/1', 'b.example/1'],
      ['c.example/9', 'd.example/9'],
      ['b.example/1', 'e.example/1'],
      ['e.example/1', 'f.example/1'],
      ['', ''],
      ['', 'g.example/2'],
    ]);
    expect(threads).toEqual([0, 1, 0, 0, 4, 5]);
  });

  it('sends a story to the same fold every run, and spreads stories over all folds', () => {
    const stories = Array.from({ length: 200 }, (_, i) => `story-${i}`);
    expect(stories.map((story) => foldOf(story))).toEqual(stories.map((story) => foldOf(story)));
    expect(new Set(stories.map((story) => foldOf(story))).size).toBe(5);
  });
});
