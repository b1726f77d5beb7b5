import type { Db } from '../../src/store/index.js';
import { readStories } from '../../src/store/index.js';

/** The titles of every story in a topic, newest first. */
export function readStoryTitles(db: Db, topic: string): string[] {
  return readStories(db, { topic, limit: -1 }).map((story) => story.title);
}
