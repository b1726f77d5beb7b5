import { type ClusterOptions, chooseAmong, type Joining } from './choose-story.js';
import { oneIsPreview } from './detect-genre.js';
import type { Fingerprint } from './fingerprint-entry.js';
import { prepareSide } from './pair-side.js';
import type { StoryIndex } from './story-index.js';

/** The member id of the entry joining its story while the lone stories are looked at. */
const JOINING_ID = -1;
/**
 * Lone stories looked at per placement at most, those the entry scored highest first, and the
 * score with the entry a lone story needs to be looked at: a look places an entry again, which
 * costs as much as a placement. In 30 random orders of each opened corpus, 97% of the late copies
 * had scored 0.5 or more with the entry that grew their story, and no placement had more than two
 * lone stories over it (docs/quality.md, stop 40).
 */
const MAX_LOOKS = 2;
const LOOK_FLOOR = 0.5;

/**
 * The lone stories that are copies of the story an entry is joining: a second look, so that the
 * order in which copies arrive decides less. An entry placed before the copies it agrees with
 * founds a story of its own, and a copy that arrives later agrees with it but may choose another
 * story and not bridge the two (the bridging guard keeps A–B and B–C from chaining A and C).
 * When story `storyId` grows by the entry of `fingerprint`, each story of one entry among the
 * entry's candidates (`scores`, StoryChoice.scores) is placed again as if its entry arrived now,
 * with the joining entry among the story's members: when the story it chooses is the grown one,
 * with nothing else it would bridge, it is a late copy of it, to be merged into it (into the
 * oldest, as a bridge merges). Measured in random orders of the opened corpora (docs/quality.md,
 * stop 40).
 *
 * An entry the index holds has no record of whether its feed dated it: it is looked at as a
 * dated entry (placeInIndex), within the window of its own date.
 */
export function findLateCopies(
  index: StoryIndex,
  fingerprint: Fingerprint,
  storyId: number,
  scores: ReadonlyMap<number, number>,
  options: ClusterOptions,
): number[] {
  const lone = [...scores]
    .filter(([id, score]) => score >= LOOK_FLOOR && id !== storyId && index.storySize(id) === 1)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, MAX_LOOKS)
    .map(([id]) => id);
  if (lone.length === 0) return [];
  const joining = {
    storyId,
    member: { entryId: JOINING_ID, side: prepareSide(fingerprint.features) },
  };
  return lone.filter((id) => choosesNow(index, id, joining, options)).sort((a, b) => a - b);
}

/** Whether the entry of the one-entry story `lone`, placed now, would join the story alone. */
function choosesNow(
  index: StoryIndex,
  lone: number,
  joining: Joining,
  options: ClusterOptions,
): boolean {
  const [entry] = index.members(lone);
  // A preview of a meeting is no late copy of the report of its outcome, in whatever language the
  // report joined: a second look takes copies only.
  if (entry === undefined || oneIsPreview(entry.features.genre, joining.member.side.features.genre))
    return false;
  const { storyId } = joining;
  return index.uncounted(entry.entryId, () => {
    // Most lone stories around a story report other news: the story alone is scored first, and
    // only an entry that would join it is placed again among all its candidates (the story
    // among them, as the joining entry would bring it).
    if (chooseAmong(entry.features, [storyId], index, options, joining) === null) return false;
    const others = index
      .heldCandidateStories(entry.entryId, options.windowHours)
      .filter((id) => id !== lone && id !== storyId);
    const choice = chooseAmong(entry.features, [storyId, ...others], index, options, joining);
    return choice?.storyId === storyId && choice.bridged.length === 0;
  });
}
