import type { Representation } from './representation.js';

/**
 * Rendered feeds kept in memory, keyed by topic and request shape; a poll that changed a topic
 * drops that topic's entries, so a request in the common case costs no rendering and no query.
 */
export class FeedCache {
  private readonly entries = new Map<string, Map<string, Representation>>();
  private readonly maxPerTopic: number;

  constructor(maxPerTopic = 64) {
    this.maxPerTopic = maxPerTopic;
  }

  get(topic: string, key: string, build: () => Representation): Representation {
    let forTopic = this.entries.get(topic);
    if (!forTopic) {
      forTopic = new Map();
      this.entries.set(topic, forTopic);
    }
    const cached = forTopic.get(key);
    if (cached) return cached;
    const built = build();
    if (forTopic.size >= this.maxPerTopic) forTopic.delete(forTopic.keys().next().value as string);
    forTopic.set(key, built);
    return built;
  }

  invalidate(topics: Iterable<string>): void {
    for (const topic of topics) this.entries.delete(topic);
  }

  clear(): void {
    this.entries.clear();
  }
}
