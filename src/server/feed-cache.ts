import type { Representation } from './representation.js';

/**
 * Rendered feeds kept in memory, keyed by topic and request shape; a poll that changed a topic
 * drops that topic's entries, so a request in the common case costs no rendering and no query.
 * Served feeds are also remembered by their exact request target, so a repeat request (a reader's
 * conditional GET, mostly) is answered before any routing.
 */
export class FeedCache {
  private readonly entries = new Map<string, Map<string, Representation>>();
  private readonly targets = new Map<string, { topic: string; rep: Representation }>();
  private readonly maxPerTopic: number;
  private readonly maxTargets = 4_096;

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

  /** Remembers the representation served for one exact request target (path and query). */
  remember(target: string, topic: string, rep: Representation): void {
    if (this.targets.size >= this.maxTargets) this.targets.clear();
    this.targets.set(target, { topic, rep });
  }

  /** The representation last served for this exact request target, while its topic is unchanged. */
  lookup(target: string): Representation | undefined {
    return this.targets.get(target)?.rep;
  }

  invalidate(topics: Iterable<string>): void {
    const dropped = new Set(topics);
    for (const topic of dropped) this.entries.delete(topic);
    for (const [target, hit] of this.targets)
      if (dropped.has(hit.topic)) this.targets.delete(target);
  }

  clear(): void {
    this.entries.clear();
    this.targets.clear();
  }
}
