import { classifyEntry } from '../classifier/classify-entry.js';
import type { TopicConfig } from '../config/config.js';
import type { NormalizedEntry } from '../model/entry.js';
import type { TopicMatchRow } from '../store/story-repo.js';

/** The topics an entry belongs to, in the shape the store keeps. */
export function classifyForStore(
  entry: NormalizedEntry,
  topics: readonly TopicConfig[],
): TopicMatchRow[] {
  return classifyEntry(
    { title: entry.title, text: entry.text },
    topics.map((topic) => topic.compiled),
  );
}
