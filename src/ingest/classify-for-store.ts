import { classifyEntry } from '../classifier/index.js';
import type { TopicConfig } from '../config/index.js';
import type { NormalizedEntry } from '../model/index.js';
import type { TopicMatchRow } from '../store/index.js';

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
