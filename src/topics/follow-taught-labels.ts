import type { TopicConfig } from '../config/index.js';
import type { TopicStore } from '../store/index.js';
import { learnTopics } from './learn-topics.js';

/** How often a running instance looks for labels taught by another process (`topics teach`). */
const LABEL_CHECK_MS = 1000;

export interface LabelFollower {
  /** The topics in use now (the follower relearns from them). */
  current(): readonly TopicConfig[];
  /**
   * The topics learned again after the labels changed; `from` is what `current()` gave when the
   * relearning started (a reload meanwhile already learned from the new labels: then ignore it).
   */
  swap(learned: TopicConfig[], from: readonly TopicConfig[], stamp: string): void;
  onError(error: unknown): void;
}

/**
 * A check, at most once a second, that the labels taught in the store are those the topics were
 * learned with (`stamp`, read at start); when another process taught or forgot some, the topics
 * learn again (from the weights that process kept, without writing) and `swap` takes them.
 * Returns the check, to call where the topics are read (it runs in the background, one at a time).
 */
export function followTaughtLabels(
  store: TopicStore,
  stamp: string,
  follower: LabelFollower,
  intervalMs = LABEL_CHECK_MS,
): () => void {
  let known = stamp;
  let checkedAt = Date.now();
  let running = false;
  const check = async () => {
    const next = await store.readTopicExampleStamp();
    if (next === known) return;
    const from = follower.current();
    const learned = await learnTopics(store, from, new Date(), { keep: false });
    known = next;
    follower.swap(learned, from, next);
  };
  return () => {
    if (running || Date.now() - checkedAt < intervalMs) return;
    checkedAt = Date.now();
    running = true;
    check()
      .catch((error: unknown) => follower.onError(error))
      .finally(() => {
        running = false;
      });
  };
}
