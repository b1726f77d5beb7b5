import { describe, expect, it } from 'vitest';
import {
  type Candidate,
  chooseStory,
  DEFAULT_CLUSTER_OPTIONS,
} from '../../src/clusterer/choose-story.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import {
  OFFICIAL_REACTION,
  OTHER_TRIAL_SAME_DAY,
  TRIAL_ORIGINAL,
  TRIAL_REWRITE,
  TRIAL_RUSSIAN,
} from './made-up-stories.js';
import { makeEntry } from './make-entry.js';

const features = (story: { title: string; text: string }) =>
  fingerprintEntry(makeEntry(story)).features;

describe('chooseStory', () => {
  const candidates: Candidate[] = [
    { entryId: 1, storyId: 10, features: features(OTHER_TRIAL_SAME_DAY) },
    { entryId: 2, storyId: 20, features: features(TRIAL_ORIGINAL) },
    { entryId: 3, storyId: 30, features: features(OFFICIAL_REACTION) },
    { entryId: 4, storyId: 20, features: features(TRIAL_RUSSIAN) },
  ];

  it("picks the story of the entry's copy, with the score and signals that joined it", () => {
    const choice = chooseStory(features(TRIAL_REWRITE), candidates, DEFAULT_CLUSTER_OPTIONS);
    expect(choice?.storyId).toBe(20);
    expect(choice?.score).toBeGreaterThan(DEFAULT_CLUSTER_OPTIONS.threshold);
    expect(choice?.signals.length).toBeGreaterThan(0);
  });

  it('returns null when no story scores over the threshold', () => {
    const unrelated = candidates.filter((c) => c.storyId !== 20);
    expect(chooseStory(features(TRIAL_REWRITE), unrelated, DEFAULT_CLUSTER_OPTIONS)).toBeNull();
  });

  it('returns null without candidates', () => {
    expect(chooseStory(features(TRIAL_REWRITE), [], DEFAULT_CLUSTER_OPTIONS)).toBeNull();
  });

  it('respects a stricter threshold', () => {
    expect(
      chooseStory(features(TRIAL_REWRITE), candidates, { windowHours: 72, threshold: 0.99 }),
    ).toBeNull();
  });
});
