import type { StoryView } from '../model/index.js';
import type { Db } from './database.js';
import { countEntries } from './entry-repo.js';
import { countStories, findStoryId, readStory, readTopicPage } from './read-stories.js';
import { findMergedStory } from './story-merge-repo.js';
import { type EntryReference, findStoryMembers } from './topic-example-repo.js';

/** One page of a topic's stories, newest first, and whether an older page follows. */
export interface TopicPage {
  stories: StoryView[];
  hasNext: boolean;
}

export interface TopicPageRequest {
  /** A topic id, or `all`. */
  topic: string;
  /** Stories per page; 0 = every story. */
  limit: number;
  page?: number;
}

/**
 * The reads of the server role's feed routes and pages (`/`, `/topics/{id}`, `/stories/{id}`)
 * and of `export`, asynchronous so that both backends fit: SQLite (read-stories.ts on the read
 * connection) and PostgreSQL (a pool).
 */
export interface StoryReader {
  readTopicPage(request: TopicPageRequest): Promise<TopicPage>;
  /** One story with every member (representative first); undefined when unknown or empty. */
  readStory(storyId: number): Promise<StoryView | undefined>;
  /** How many stories a topic (or `all`) holds, for the index page. */
  countStories(topic: string): Promise<number>;
  /** How many entries are stored (`/metrics`). */
  countEntries(): Promise<number>;
  /** The story a number or `urn:uuid:` GUID names (`explain`); undefined when none. */
  findStoryId(idOrGuid: string): Promise<number | undefined>;
  /** A story's members with their stored text, oldest id first (`explain`'s topic evidence). */
  readStoryMembers(storyId: number): Promise<EntryReference[]>;
  /**
   * The story a merged-away story now lives in (merges followed: A into B, then B into C gives
   * C); undefined when `storyId` is a story, was never merged, or its survivor is gone.
   */
  findMergedStory(storyId: number): Promise<number | undefined>;
}

export function createSqliteStoryReader(db: Db): StoryReader {
  return {
    readTopicPage: async (request) => readTopicPage(db, request),
    readStory: async (storyId) => readStory(db, storyId),
    countStories: async (topic) => countStories(db, topic),
    countEntries: async () => countEntries(db),
    findStoryId: async (idOrGuid) => findStoryId(db, idOrGuid),
    readStoryMembers: async (storyId) => findStoryMembers(db, storyId),
    findMergedStory: async (storyId) => findMergedStory(db, storyId),
  };
}
