import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import {
  forgetWeights,
  type PairSide,
  prepareSide,
  termsOf,
  weighTerms,
} from '../../src/clusterer/pair-side.js';
import { rarityWeight } from '../../src/clusterer/placement-weights.js';
import { StoryIndex } from '../../src/clusterer/story-index.js';
import { OTHER_TRIAL_SAME_DAY, TRIAL_ORIGINAL, TRIAL_REWRITE } from './made-up-stories.js';
import { makeEntry } from './make-entry.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2025-03-10T09:00:00Z');
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();
const fingerprint = (story: { title: string; text: string }, hours = 0) =>
  fingerprintEntry(makeEntry({ ...story, publishedAt: at(hours) }));

describe('StoryIndex', () => {
  it("finds an entry's copies inside the window, with their story", () => {
    const index = new StoryIndex();
    index.add(1, 10, fingerprint(TRIAL_ORIGINAL));
    index.add(2, 20, fingerprint(OTHER_TRIAL_SAME_DAY));
    const found = index.findCandidates(fingerprint(TRIAL_REWRITE, 2), 72);
    expect(found[0]).toMatchObject({ entryId: 1, storyId: 10 });
    expect(index.findCandidates(fingerprint(TRIAL_REWRITE, 200), 72)).toEqual([]);
    expect(index.members(10).map((member) => member.entryId)).toEqual([1]);
  });

  it("gives a story's candidates once, and samples a large story's first and latest members", () => {
    const index = new StoryIndex();
    index.add(1, 10, fingerprint(TRIAL_ORIGINAL));
    index.add(2, 10, fingerprint(TRIAL_ORIGINAL, 1));
    index.add(3, 20, fingerprint(OTHER_TRIAL_SAME_DAY));
    const found = index.findCandidates(fingerprint(TRIAL_REWRITE, 2), 72);
    expect(index.candidateStories(fingerprint(TRIAL_REWRITE, 2), 72)).toEqual([
      ...new Set(found.map((candidate) => candidate.storyId)),
    ]);
    for (let id = 4; id <= 9; id++) index.add(id, 10, fingerprint(TRIAL_ORIGINAL, id));
    const ids = (sample?: number) => index.members(10, sample).map((member) => member.entryId);
    expect(ids()).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
    expect(ids(4)).toEqual([1, 2, 8, 9]);
    expect(ids(8)).toEqual(ids());
    expect(index.members(10, 4)[3]?.features).toEqual(fingerprint(TRIAL_ORIGINAL, 9).features);
  });

  it('weighs a term by its rarity among the entries held', () => {
    const index = new StoryIndex();
    for (let i = 0; i < 30; i++)
      index.add(i, i, fingerprintEntry(makeEntry({ title: `Minsk item ${i}`, text: '' })));
    expect(index.weigh('w:minsk')).toBeLessThan(index.weigh('w:zzzzzz'));
    index.add(30, 30, fingerprintEntry(makeEntry({ title: 'Zzzzzz in Minsk', text: '' })));
    expect(index.weigh('w:minsk')).toBeLessThan(index.weigh('w:zzzzzz'));
    expect(index.weigh('w:zzzzzz')).toBeLessThan(index.weigh('w:yyyyyy'));
  });

  it('reads a young window at the rarity of 300 entries once it holds 30, a larger one as it is', () => {
    const index = new StoryIndex();
    const add = (from: number, to: number) => {
      for (let i = from; i < to; i++)
        index.add(i, i, fingerprintEntry(makeEntry({ title: `Item ${i} of Minsk`, text: '' })));
    };
    // Empty, the prior of 20 documents alone, unscaled.
    expect(index.weigh('w:zzzzzz')).toBeCloseTo(Math.log(20), 10);
    add(0, 15);
    // Half way to 30 entries, half the scale: ln 35 grown half of the way to ln 300.
    const half = Math.log(35) * (1 + (Math.log(300) / Math.log(35) - 1) / 2);
    expect(index.weigh('w:zzzzzz')).toBeCloseTo(half, 10);
    add(15, 30);
    // 30 entries and the prior: a term unseen weighs as in a window of 300 ...
    expect(index.weigh('w:zzzzzz')).toBeCloseTo(Math.log(300), 10);
    // ... and a term every entry holds, in the same proportion: ln(50 / 31) scaled by ln 300 / ln 50.
    const minsk = (Math.log(50 / 31) * Math.log(300)) / Math.log(50);
    expect(index.weigh('w:minsk')).toBeCloseTo(minsk, 10);
    add(30, 480);
    expect(index.weigh('w:zzzzzz')).toBeCloseTo(Math.log(500), 10);
    expect(index.weigh('w:minsk')).toBeCloseTo(Math.log(500 / 481), 10);
  });

  it("keeps a member's prepared side while it is held, and forgets it when the entry goes", () => {
    const index = new StoryIndex();
    index.add(1, 10, fingerprint(TRIAL_ORIGINAL));
    const side = index.memberSides(10)[0]?.side;
    expect(side?.features).toEqual(fingerprint(TRIAL_ORIGINAL).features);
    expect(index.memberSides(10)[0]?.side).toBe(side);
    index.add(1, 10, fingerprint(OTHER_TRIAL_SAME_DAY));
    const replaced = index.memberSides(10)[0]?.side;
    expect(replaced).not.toBe(side);
    expect(replaced?.features).toEqual(fingerprint(OTHER_TRIAL_SAME_DAY).features);
    const none = new StoryIndex({ preparedSides: 0 });
    none.add(1, 10, fingerprint(TRIAL_ORIGINAL));
    expect(none.memberSides(10)[0]?.side).not.toBe(none.memberSides(10)[0]?.side);
  });

  it("weighs a placement's terms as weigh does, by string and by a held side's term ids", () => {
    const index = new StoryIndex();
    index.add(1, 10, fingerprint(TRIAL_ORIGINAL));
    index.add(2, 20, fingerprint(OTHER_TRIAL_SAME_DAY));
    const weight = index.placementWeight();
    const side = index.memberSides(10)[0]?.side;
    const terms = side && termsOf(side, false);
    expect(terms?.leadIds?.length).toBe(terms?.lead.length);
    terms?.lead.forEach((term, i) => {
      expect(weight(term)).toBe(index.weigh(term));
      expect(weight.ofId?.(terms.leadIds?.[i] as number)).toBe(index.weigh(term));
    });
    expect(weight('w:zzzzzz')).toBe(index.weigh('w:zzzzzz'));
    for (const storyId of [10, 20])
      for (const cross of [false, true]) {
        const held = index.memberSides(storyId)[0]?.side as PairSide;
        const plain = prepareSide(held.features);
        expect(weighTerms(held, cross, weight)).toEqual(weighTerms(plain, cross, weight));
      }
    index.add(3, 30, fingerprint(TRIAL_REWRITE));
    const next = index.placementWeight();
    for (const term of terms?.lead ?? []) expect(next(term)).toBe(index.weigh(term));
  });

  it("weighs a held side's names by id only when the entry holds their terms itself", () => {
    const index = new StoryIndex();
    const other = fingerprint(OTHER_TRIAL_SAME_DAY);
    other.features.entities = [...other.features.entities, 'zzqname'];
    index.add(2, 20, other);
    const own = fingerprint(TRIAL_ORIGINAL);
    // A headline name the entry does not hold itself: its term is the other entry's.
    own.features.titleNames = [...own.features.titleNames, 'zzqname'];
    index.add(1, 10, own);
    const side = index.memberSides(10)[0]?.side as PairSide;
    const at = side.namedTerms.indexOf('e:zzqname');
    expect(side.namedIds?.[at]).toBe(-1);
    expect(side.namedIds?.[0]).toBeGreaterThanOrEqual(0);
    const byString = (weight: (term: string) => number) => side.namedTerms.map(weight);
    const first = index.placementWeight();
    expect(weighTerms(side, false, first).namedWeights).toEqual(byString(index.weigh));
    // The other entry leaves and a new one takes the freed ids: the kept side still weighs right.
    index.remove(2);
    index.add(3, 30, fingerprint(TRIAL_REWRITE));
    forgetWeights(side);
    const next = index.placementWeight();
    expect(weighTerms(side, false, next).namedWeights).toEqual(byString(index.weigh));
    expect(weighTerms(side, false, next).namedWeights[at]).toBe(index.weigh('w:zzzzzz'));
  });

  it("gives a held entry's candidate stories as its fingerprint's, and a story's size", () => {
    const index = new StoryIndex();
    index.add(1, 10, fingerprint(TRIAL_ORIGINAL));
    index.add(2, 10, fingerprint(TRIAL_ORIGINAL, 1));
    index.add(3, 20, fingerprint(TRIAL_REWRITE, 2));
    index.add(4, 30, fingerprint(OTHER_TRIAL_SAME_DAY));
    expect(index.heldCandidateStories(3, 72)).toEqual(
      index.candidateStories(fingerprint(TRIAL_REWRITE, 2), 72),
    );
    expect(index.heldCandidateStories(3, 72)).toContain(10);
    expect(index.heldCandidateStories(99, 72)).toEqual([]);
    expect([index.storySize(10), index.storySize(20), index.storySize(99)]).toEqual([2, 1, 0]);
  });

  it('weighs terms without a held entry while uncounted runs, and as before after', () => {
    const index = new StoryIndex();
    const without = new StoryIndex();
    for (const [id, story, hours] of [
      [1, TRIAL_ORIGINAL, 0],
      [2, OTHER_TRIAL_SAME_DAY, 1],
    ] as const) {
      index.add(id, id, fingerprint(story, hours));
      without.add(id, id, fingerprint(story, hours));
    }
    index.add(3, 3, fingerprint(TRIAL_REWRITE, 2));
    const terms = fingerprint(TRIAL_REWRITE, 2).features.titleTerms;
    const before = terms.map(index.weigh);
    const inside = index.uncounted(3, () => {
      const weight = index.placementWeight();
      return { weigh: terms.map(index.weigh), placement: terms.map((term) => weight(term)) };
    });
    expect(inside.weigh).toEqual(terms.map(without.weigh));
    expect(inside.placement).toEqual(terms.map(without.weigh));
    expect(inside.weigh).not.toEqual(before);
    expect(terms.map(index.weigh)).toEqual(before);
    expect(() =>
      index.uncounted(3, () => {
        throw new Error('look failed');
      }),
    ).toThrow('look failed');
    expect(terms.map(index.weigh)).toEqual(before);
  });

  it('prunes entries that fell out of the window, but keeps the latest added', () => {
    const index = new StoryIndex({ windowHours: 72, recentEntries: 2 });
    index.add(1, 1, fingerprint(TRIAL_ORIGINAL, -500));
    index.add(2, 2, fingerprint(OTHER_TRIAL_SAME_DAY, 0));
    index.add(3, 3, fingerprint(TRIAL_REWRITE, -400)); // a backfill: among the latest added
    index.add(4, 4, fingerprint(OTHER_TRIAL_SAME_DAY, 1));
    index.prune();
    expect(index.members(1)).toEqual([]);
    expect(index.members(3).map((m) => m.entryId)).toEqual([3]);
    expect(index.size).toBe(3);
  });

  it('forgets removed entries, terms and all', () => {
    const index = new StoryIndex();
    const original = fingerprint(TRIAL_ORIGINAL);
    const term = original.features.titleTerms[0] ?? '';
    index.add(1, 10, original);
    const before = index.weigh(term);
    index.remove(1);
    index.remove(99);
    expect(index.size).toBe(0);
    expect(index.members(10)).toEqual([]);
    expect(index.findCandidates(fingerprint(TRIAL_REWRITE), 72)).toEqual([]);
    expect(index.weigh(term)).toBeGreaterThan(before);
  });

  it('forgets what a failed transaction added, and keeps what a committed one did', async () => {
    const index = new StoryIndex();
    await index.track(async () => index.add(1, 10, fingerprint(TRIAL_ORIGINAL)));
    await expect(
      index.track(async () => {
        index.add(2, 20, fingerprint(OTHER_TRIAL_SAME_DAY));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(index.size).toBe(1);
    expect(index.members(20)).toEqual([]);
  });

  it("merges one story's members into another, in the order they were added", () => {
    const index = new StoryIndex();
    index.add(1, 10, fingerprint(TRIAL_ORIGINAL));
    index.add(2, 20, fingerprint(TRIAL_REWRITE, 1));
    index.add(3, 10, fingerprint(TRIAL_ORIGINAL, 2));
    index.mergeStory(20, 10, 7);
    expect(index.members(10).map((member) => member.entryId)).toEqual([1, 2, 3]);
    expect(index.members(20)).toEqual([]);
    expect(index.findCandidates(fingerprint(TRIAL_REWRITE, 2), 72).map((c) => c.storyId)).toEqual([
      10, 10, 10,
    ]);
    expect(index.lastMergeId).toBe(7);
    // Applied again (a poller reading its own merge back), or of an unknown story: nothing moves.
    index.mergeStory(20, 10, 5);
    index.mergeStory(99, 10);
    expect(index.members(10).map((member) => member.entryId)).toEqual([1, 2, 3]);
    expect(index.lastMergeId).toBe(7);
  });

  it('undoes the merges and additions of a failed transaction, latest first', async () => {
    const index = new StoryIndex();
    index.add(1, 10, fingerprint(TRIAL_ORIGINAL));
    index.add(2, 20, fingerprint(TRIAL_REWRITE, 1));
    await expect(
      index.track(async () => {
        index.mergeStory(20, 10, 3);
        index.add(3, 10, fingerprint(TRIAL_REWRITE, 2));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(index.members(10).map((member) => member.entryId)).toEqual([1]);
    expect(index.members(20).map((member) => member.entryId)).toEqual([2]);
    expect(index.findCandidates(fingerprint(TRIAL_REWRITE, 1), 72)).toContainEqual(
      expect.objectContaining({ entryId: 2, storyId: 20 }),
    );
    expect(index.lastMergeId).toBe(0);
  });
});

describe('StoryIndex, compact', () => {
  it('gives back the features it was given, after many entries came and went', () => {
    const index = new StoryIndex({ windowHours: 72, recentEntries: 10_000 });
    const kept = fingerprint(TRIAL_ORIGINAL);
    index.add(1, 10, kept);
    // Enough added and removed that the arena is compacted under the kept entry.
    for (let i = 2; i < 3_000; i++) {
      const story = i % 2 === 0 ? OTHER_TRIAL_SAME_DAY : TRIAL_REWRITE;
      index.add(i, i, fingerprint({ ...story, title: `${story.title} ${i}` }));
      if (i - 20 > 1) index.remove(i - 20);
    }
    expect(index.members(10)).toEqual([{ entryId: 1, storyId: 10, features: kept.features }]);
    const found = index.findCandidates(fingerprint(TRIAL_REWRITE, 2), 72);
    expect(found.map((candidate) => candidate.entryId)).toContain(1);
  });

  it('gives back features of other shapes alongside, one shape after the other', () => {
    const index = new StoryIndex();
    const usual = fingerprint(TRIAL_ORIGINAL);
    const extended = fingerprint(OTHER_TRIAL_SAME_DAY);
    const other = {
      ...extended,
      features: { ...extended.features, extra: [0, 7, 0xffffffff], note: { at: 1 }, minHash: [-1] },
    };
    index.add(1, 10, usual);
    index.add(2, 20, other);
    index.add(3, 30, usual);
    expect(index.members(10)[0]?.features).toEqual(usual.features);
    expect(index.members(20)[0]?.features).toEqual(other.features);
    expect(index.members(30)[0]?.features).toEqual(usual.features);
  });

  it('keeps a term weight equal to one counted from scratch after removals', () => {
    const churned = new StoryIndex();
    const fresh = new StoryIndex();
    for (let i = 0; i < 50; i++)
      churned.add(i, i, fingerprintEntry(makeEntry({ title: `Minsk court item ${i}`, text: '' })));
    for (let i = 0; i < 40; i++) churned.remove(i);
    for (let i = 40; i < 50; i++)
      fresh.add(i, i, fingerprintEntry(makeEntry({ title: `Minsk court item ${i}`, text: '' })));
    for (const term of ['w:minsk', 'w:court', 'w:zzzz'])
      expect(churned.weigh(term)).toBeCloseTo(fresh.weigh(term), 12);
  });

  it('counts a term once per entry however often its lists hold it, and uncounts it once', () => {
    const index = new StoryIndex();
    const made = fingerprintEntry(makeEntry({ title: 'Minsk court', text: '' }));
    const repeated = {
      ...made,
      features: {
        ...made.features,
        titleTerms: ['w:minsk', 'w:minsk'],
        leadTerms: ['w:minsk', 'w:court'],
        entities: ['Minsk', 'Minsk'],
      },
    };
    index.add(1, 1, repeated);
    expect(index.weigh('w:minsk')).toBe(rarityWeight(1 + 20, 1));
    expect(index.weigh('e:Minsk')).toBe(rarityWeight(1 + 20, 1));
    index.add(2, 2, repeated);
    expect(index.weigh('w:minsk')).toBe(rarityWeight(2 + 20, 2));
    index.remove(1);
    expect(index.weigh('w:minsk')).toBe(rarityWeight(1 + 20, 1));
    index.remove(2);
    expect(index.weigh('w:minsk')).toBe(rarityWeight(20, 0));
    expect(index.weigh('e:Minsk')).toBe(rarityWeight(20, 0));
  });

  it('ranks candidates by the keys they share, the lower entry id first on a tie, cut at maxCandidates', () => {
    const index = new StoryIndex({ maxCandidates: 2 });
    const wide = new StoryIndex({ maxCandidates: 24 });
    for (const target of [index, wide]) {
      target.add(9, 90, fingerprint(TRIAL_REWRITE, 1));
      target.add(5, 50, fingerprint(TRIAL_ORIGINAL));
      target.add(3, 30, fingerprint(TRIAL_ORIGINAL));
    }
    const query = fingerprint(TRIAL_ORIGINAL, 2);
    const all = wide.findCandidates(query, 72).map((candidate) => candidate.entryId);
    expect(all).toEqual([3, 5, 9]);
    expect(index.findCandidates(query, 72).map((candidate) => candidate.entryId)).toEqual([3, 5]);
    expect(index.candidateStories(query, 72)).toEqual([30, 50]);
  });
});
