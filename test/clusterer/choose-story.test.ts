import { describe, expect, it } from 'vitest';
import { chooseStory, DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/choose-story.js';
import { type ClusterInput, fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { StoryIndex } from '../../src/clusterer/story-index.js';
import { generateUnrelatedStream } from '../helpers/unrelated-stream.js';
import {
  OFFICIAL_REACTION,
  OTHER_TRIAL_SAME_DAY,
  TRIAL_ORIGINAL,
  TRIAL_REWRITE,
  TRIAL_RUSSIAN,
} from './made-up-stories.js';
import { makeEntry } from './make-entry.js';

const fingerprint = (story: { title: string; text: string }, extra = {}) =>
  fingerprintEntry(makeEntry({ ...story, ...extra }));

function indexOf(entries: [number, number, { title: string; text: string }][]): StoryIndex {
  const index = new StoryIndex();
  for (const [entryId, storyId, story] of entries) index.add(entryId, storyId, fingerprint(story));
  return index;
}

describe('chooseStory', () => {
  const index = () =>
    indexOf([
      [1, 10, OTHER_TRIAL_SAME_DAY],
      [2, 20, TRIAL_ORIGINAL],
      [3, 30, OFFICIAL_REACTION],
      [4, 20, TRIAL_RUSSIAN],
    ]);

  it("picks the story of the entry's copy, with the score and signals that joined it", () => {
    const choice = chooseStory(fingerprint(TRIAL_REWRITE), index(), DEFAULT_CLUSTER_OPTIONS);
    expect(choice?.storyId).toBe(20);
    expect(choice?.score).toBeGreaterThan(DEFAULT_CLUSTER_OPTIONS.threshold);
    expect(choice?.signals.length).toBeGreaterThan(0);
  });

  it('returns null when no story scores over the threshold', () => {
    const unrelated = indexOf([
      [1, 10, OTHER_TRIAL_SAME_DAY],
      [3, 30, OFFICIAL_REACTION],
    ]);
    expect(chooseStory(fingerprint(TRIAL_REWRITE), unrelated)).toBeNull();
  });

  it('returns null on an empty index', () => {
    expect(chooseStory(fingerprint(TRIAL_REWRITE), new StoryIndex())).toBeNull();
  });

  it('respects a stricter threshold', () => {
    const chosen = chooseStory(fingerprint(TRIAL_REWRITE), index());
    expect(chosen?.storyId).toBe(20);
    const options = { ...DEFAULT_CLUSTER_OPTIONS, threshold: (chosen?.score ?? 0) + 0.001 };
    expect(chooseStory(fingerprint(TRIAL_REWRITE), index(), options)).toBeNull();
  });

  it('does not chain: agreeing with one member is not enough when the others disagree', () => {
    // A story that (wrongly) holds the trial with two unrelated reports: a copy of the trial
    // agrees with one member of three, and the story as a whole does not take it.
    const mixed = indexOf([
      [2, 20, TRIAL_ORIGINAL],
      [3, 20, OFFICIAL_REACTION],
      [1, 20, OTHER_TRIAL_SAME_DAY],
    ]);
    expect(chooseStory(fingerprint(TRIAL_REWRITE), mixed)).toBeNull();
    const alone = indexOf([[2, 20, TRIAL_ORIGINAL]]);
    expect(chooseStory(fingerprint(TRIAL_REWRITE), alone)?.storyId).toBe(20);
  });

  it('bridges a second story it agrees with strongly: the two are one story', () => {
    // The original and the Russian copy founded two stories (say, they arrived before anything
    // tied them); the rewrite agrees with both, far over the bridge threshold.
    const split = indexOf([
      [1, 20, TRIAL_ORIGINAL],
      [2, 40, TRIAL_RUSSIAN],
      [3, 30, OFFICIAL_REACTION],
    ]);
    const choice = chooseStory(fingerprint(TRIAL_REWRITE), split);
    expect(choice?.storyId).toBe(40);
    expect(choice?.bridged).toEqual([20]);
    // Under the bridge threshold, the two still bridge: their members agree with each other.
    const strict = { ...DEFAULT_CLUSTER_OPTIONS, bridgeThreshold: 0.999 };
    expect(chooseStory(fingerprint(TRIAL_REWRITE), split, strict)?.bridged).toEqual([20]);
    // One story: nothing to bridge.
    expect(chooseStory(fingerprint(TRIAL_REWRITE), index())?.bridged).toEqual([]);
  });

  it('keeps apart two stories an entry fits that do not agree with each other', () => {
    // A roundup tells a collapse and a resignation that followed it: it fits both stories, whose
    // members do not agree with each other (another event).
    const collapse = {
      title: 'Flood brings down the Tarn river bridge',
      text: 'The old stone bridge over the Tarn collapsed on Monday night after three days of rain; no one was hurt, the Tarn council said.',
    };
    const resignation = {
      title: 'Tarn mayor resigns over the bridge inspection',
      text: 'Mayor Ilse Varga of Tarn resigned on Tuesday after reports that the bridge had failed its last inspection in 2024, the Tarn council said.',
    };
    const roundup = {
      title: 'Tarn bridge collapse: mayor resigns after flood brings down the river bridge',
      text: 'The Tarn river bridge collapsed on Monday night after three days of rain, and Mayor Ilse Varga resigned on Tuesday over its failed inspection, the Tarn council said.',
    };
    const two = indexOf([
      [1, 20, collapse],
      [2, 40, resignation],
    ]);
    // No score bridges by itself (a score is at most 1): only the stories' agreement could.
    const strict = { ...DEFAULT_CLUSTER_OPTIONS, bridgeThreshold: 1 };
    const choice = chooseStory(fingerprint(roundup), two, strict);
    expect(choice).not.toBeNull();
    expect(choice?.bridged).toEqual([]);
  });

  it('joins an exact copy (same URL) whatever the other members say', () => {
    const url = 'https://news.example/trial';
    const story = new StoryIndex();
    story.add(1, 20, fingerprint(TRIAL_ORIGINAL, { url }));
    story.add(2, 20, fingerprint(OFFICIAL_REACTION));
    const choice = chooseStory(fingerprint(OTHER_TRIAL_SAME_DAY, { url }), story);
    expect(choice).toMatchObject({ storyId: 20, score: 1, signals: ['same-url'] });
  });

  it("chooses the same with members' sides kept between placements as with each made afresh", () => {
    // Scores and signals hang on every weight: a side weighed for an earlier placement, or by the
    // wrong term ids, would move them.
    const stream: ClusterInput[] = [
      ...generateUnrelatedStream({ feeds: 12, items: 240, seed: 3, hours: 24 }),
      ...[TRIAL_ORIGINAL, TRIAL_REWRITE, TRIAL_RUSSIAN, OFFICIAL_REACTION].map((story) =>
        makeEntry({ ...story, publishedAt: '2025-03-11T08:00:00Z' }),
      ),
    ];
    const kept = new StoryIndex();
    const fresh = new StoryIndex({ preparedSides: 0 });
    let joined = 0;
    stream.forEach((entry, i) => {
      const print = fingerprintEntry(entry);
      const choice = chooseStory(print, kept);
      expect(choice).toEqual(chooseStory(print, fresh));
      if (choice !== null) joined++;
      kept.add(i, choice?.storyId ?? i, print);
      fresh.add(i, choice?.storyId ?? i, print);
    });
    expect(joined).toBeGreaterThan(0);
  });
});
