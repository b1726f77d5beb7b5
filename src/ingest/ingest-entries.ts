import { classifyEntry, type FoldedDocument, unpackFoldedDocument } from '../classifier/index.js';
import {
  DEFAULT_CLUSTER_OPTIONS,
  findLateCopies,
  fingerprintEntry,
  placeInIndex,
  type StoryIndex,
} from '../clusterer/index.js';
import type { Config, TopicConfig } from '../config/index.js';
import type { NormalizedEntry } from '../model/index.js';
import { computeStoryClaims } from '../provenance/index.js';
import type { ClaimReading, IngestWriter, TopicMatchRow } from '../store/index.js';
import {
  decodeFingerprint,
  type EncodedFingerprint,
  type EntryPreparation,
} from '../worker/index.js';

/** How long the loop may hold the event loop before it yields (the HTTP server keeps answering). */
const SLICE_MS = 10;
const DAY_MS = 86_400_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface IngestCounts {
  newEntries: number;
  updatedEntries: number;
  /** Topics whose feeds changed (always includes `all` when anything changed). */
  changedTopics: Set<string>;
  /**
   * With `deferClaims`: the stories whose claims were dropped, to compute after the transaction
   * (refreshClaimsAfterPoll). Empty otherwise.
   */
  staleClaims: number[];
  /**
   * The provenance readings prepared for the entries stored (by entry id), for the claims step
   * after the transaction (refreshClaimsAfterPoll's `readings`).
   */
  readings: Map<number, ClaimReading>;
}

export interface IngestOptions {
  /** Awaited every SLICE_MS (default: setImmediate). */
  pause?: () => Promise<void>;
  /**
   * Drop the changed stories' claims instead of computing them in the transaction; the caller
   * computes them after it commits (`staleClaims`). Default: computed in the transaction.
   */
  deferClaims?: boolean;
  /**
   * What the parse job prepared per entry object (fingerprint, provenance reading); an entry not
   * in it is fingerprinted here. A preparation is used as made: it must be of the entry as given.
   */
  preparations?: WeakMap<NormalizedEntry, EntryPreparation>;
}

/**
 * Stores one source's entries: a new key becomes a member of an existing or a new story, a
 * changed entry is updated in place, an unchanged one only touched; a new key already past
 * retention is not stored, and one removed by retention (tombstoned) does not come back.
 * Each story changed is refreshed once, after all the entries (not once per entry joining it).
 * Call inside the poll's transaction (IngestStore.write): every SLICE_MS it awaits `pause`, so a
 * feed of thousands of entries never stalls the event loop, while its writes stay one transaction.
 * With `deferClaims` the stories' provenance is left to the caller, after the commit.
 */
export async function ingestEntries(
  db: IngestWriter,
  config: Config,
  index: StoryIndex,
  entries: readonly NormalizedEntry[],
  now: Date,
  options: IngestOptions = {},
): Promise<IngestCounts> {
  const pause = options.pause ?? yieldToEventLoop;
  const counts: IngestCounts = {
    newEntries: 0,
    updatedEntries: 0,
    changedTopics: new Set(),
    staleClaims: [],
    readings: new Map(),
  };
  const cutoff = retentionCutoff(config, now)?.toISOString();
  const changedStories = new Set<number>();
  let sliceStart = performance.now();
  const slice = async () => {
    if (performance.now() - sliceStart <= SLICE_MS) return;
    await pause();
    sliceStart = performance.now();
  };
  for (const entry of entries) {
    const prepared = options.preparations?.get(entry);
    const changed = await ingestEntry(db, config, index, { entry, prepared }, now, cutoff, counts);
    if (changed === undefined) continue;
    // A story merged into another is gone: only its survivor is refreshed.
    for (const merged of changed.merged) changedStories.delete(merged);
    changedStories.add(changed.storyId);
    await slice();
  }
  const words = new Map<string, string[]>();
  for (const storyId of changedStories) {
    await db.refreshStory(storyId, now, true);
    if (!options.deferClaims) await refreshClaims(db, storyId, now, words, counts.readings);
    await slice();
  }
  if (options.deferClaims) {
    counts.staleClaims = [...changedStories];
    await db.dropStoryClaims(counts.staleClaims);
  }
  return counts;
}

/**
 * Stores one entry (see ingestEntries); `cutoff` is the retention cutoff as an ISO string.
 * Returns the story the entry changed, to be refreshed, and the stories it merged into that one;
 * undefined when nothing changed.
 */
async function ingestEntry(
  db: IngestWriter,
  config: Config,
  index: StoryIndex,
  { entry, prepared }: { entry: NormalizedEntry; prepared: EntryPreparation | undefined },
  now: Date,
  cutoff: string | undefined,
  counts: IngestCounts,
): Promise<{ storyId: number; merged: number[] } | undefined> {
  const known = await db.findEntryByKey(entry.sourceId, entry.key);
  if (known && known.contentHash === entry.contentHash) {
    await db.touchEntry(known.id, now);
    return undefined;
  }
  if (!known && cutoff && entry.hasFeedDate && entry.publishedAt < cutoff) return undefined;
  if (!known && (await db.touchTombstone(entry.sourceId, entry.key, now))) return undefined;
  const folded = prepared && unpackFoldedDocument(prepared.document);
  const matches = classifyForStore(entry, config.topics, folded);
  let placed: Placement;
  if (known) {
    await db.updateEntry(known.id, entry, now);
    placed = { entryId: known.id, storyId: known.storyId, merged: [], mergedTopics: [] };
    counts.updatedEntries++;
  } else {
    const { windowMs } = config.stories;
    placed = await placeEntry(db, index, entry, windowMs, now, prepared?.fingerprint);
    counts.newEntries++;
  }
  const { entryId, storyId, merged } = placed;
  await db.replaceEntryTopics(entryId, matches);
  const reading = prepared?.reading;
  if (reading !== undefined)
    counts.readings.set(entryId, { entryId, contentHash: entry.contentHash, reading });
  counts.changedTopics.add('all');
  for (const match of matches) counts.changedTopics.add(match.topicId);
  for (const topicId of placed.mergedTopics) counts.changedTopics.add(topicId);
  return { storyId, merged };
}

/**
 * The topics an entry belongs to, in the shape the store keeps; `folded` is the entry's folded
 * words when the parse job made them (EntryPreparation.document).
 */
export function classifyForStore(
  entry: NormalizedEntry,
  topics: readonly TopicConfig[],
  folded?: FoldedDocument,
): TopicMatchRow[] {
  return classifyEntry(
    { title: entry.title, text: entry.text },
    topics.map((topic) => topic.compiled),
    folded,
  );
}

export interface Placement {
  entryId: number;
  storyId: number;
  /** The stories the entry bridged, merged into `storyId` (gone from the store). */
  merged: number[];
  /** The topics the merged stories were in (their feeds changed). */
  mergedTopics: string[];
}

/**
 * Inserts a new entry into the story it is a copy of, or founds a new story for it: the
 * clusterer decides against its in-memory story index, which then holds the entry too. An entry
 * that agrees with two or more stories bridges them: they are merged into the oldest (the lowest
 * id, whose GUID readers saw first), in the store and in the index, and the entry joins it. The
 * story a dated entry joins gives the lone stories around it a second look: those that are late
 * copies of it (findLateCopies) are merged the same way. `prepared` is the entry's fingerprint
 * when it was made already (in the parse job, its features as the JSON stored as is); else it is
 * made here.
 */
export async function placeEntry(
  db: IngestWriter,
  index: StoryIndex,
  entry: NormalizedEntry,
  windowMs: number,
  now: Date,
  prepared?: EncodedFingerprint,
): Promise<Placement> {
  const fingerprint = prepared ? decodeFingerprint(prepared) : fingerprintEntry(entry);
  const options = { ...DEFAULT_CLUSTER_OPTIONS, windowHours: windowMs / 3_600_000 };
  const choice = placeInIndex(index, fingerprint, entry.hasFeedDate, options);
  const bridged =
    choice === null
      ? { storyId: await db.createStory(entry, now), merged: [], topics: [] }
      : await foldStories(db, index, [choice.storyId, ...choice.bridged], now);
  const late =
    choice !== null && entry.hasFeedDate
      ? findLateCopies(index, fingerprint, bridged.storyId, choice.scores, options)
      : [];
  const folded = await foldStories(db, index, [bridged.storyId, ...late], now);
  const storyId = folded.storyId;
  // The member that merged stories tells which (`explain`, the feeds' member signals): those it
  // bridged, and the lone stories its story's growth showed to be late copies.
  const signals = [
    ...(choice?.signals ?? []),
    ...bridged.merged.map((id) => `bridged:${id}`),
    ...late.map((id) => `late:${id}`),
  ];
  const join = { storyId, score: choice?.score ?? 1, signals };
  const entryId = await db.insertEntry(entry, join, now);
  await db.saveFingerprint(entryId, prepared?.features ?? JSON.stringify(fingerprint.features));
  index.add(entryId, storyId, fingerprint);
  const merged = [...bridged.merged, ...folded.merged];
  return { entryId, storyId, merged, mergedTopics: [...bridged.topics, ...folded.topics] };
}

/**
 * Merges stories into the oldest of them (the lowest id), in the store and in the index: the
 * survivor, the stories merged into it and the topics whose feeds carried those.
 */
async function foldStories(
  db: IngestWriter,
  index: StoryIndex,
  stories: readonly number[],
  now: Date,
): Promise<{ storyId: number; merged: number[]; topics: string[] }> {
  const storyId = Math.min(...stories);
  const merged = stories.filter((id) => id !== storyId);
  const topics = merged.length > 0 ? await db.mergeStories(storyId, merged, now) : [];
  for (const id of merged) index.mergeStory(id, storyId);
  return { storyId, merged, topics };
}

/**
 * `retention.days` for one source, after its entries are stored: entries published more than
 * that many days ago go (tombstoned); 0 keeps everything. The stories that keep other members
 * have their claims recomputed. Returns the topics whose feeds changed.
 */
export async function pruneSource(
  db: IngestWriter,
  config: Config,
  index: StoryIndex,
  sourceId: string,
  now: Date,
): Promise<Set<string>> {
  const cutoff = retentionCutoff(config, now);
  if (!cutoff) return new Set();
  const pruned = await db.pruneEntries({ sourceId, cutoff, now });
  for (const entryId of pruned.entryIds) index.remove(entryId);
  for (const storyId of pruned.keptStoryIds) await refreshClaims(db, storyId, now);
  return pruned.changedTopics;
}

/**
 * Recomputes and stores a story's provenance (its members' claims) after its members changed;
 * `readings` are members' readings made already (IngestCounts.readings), by entry id. A story
 * without members (merged or pruned after the poll named it) is left alone.
 */
export async function refreshClaims(
  db: IngestWriter,
  storyId: number,
  now: Date,
  words?: Map<string, string[]>,
  readings?: ReadonlyMap<number, ClaimReading>,
): Promise<void> {
  const members = await db.readClaimSources(storyId);
  // No member: the story is gone (merged into another or pruned since its id was taken).
  if (members.length === 0) return;
  const { claims, fresh } = computeStoryClaims(members, words, readings);
  await db.saveStoryClaims(storyId, claims, now);
  await db.saveClaimReadings(fresh);
}

/** The publication time before which entries are not kept; undefined when everything is kept. */
export function retentionCutoff(config: Config, now: Date): Date | undefined {
  if (config.retention.days <= 0) return undefined;
  return new Date(now.getTime() - config.retention.days * DAY_MS);
}
