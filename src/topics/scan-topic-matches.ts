import type { CompiledTopic } from '../classifier/index.js';
import { explainMatch, type MatchExplanation } from '../classifier/index.js';
import type { StoredEntryText, TopicStore } from '../store/index.js';

export interface ScannedEntry {
  entry: StoredEntryText;
  explanation: MatchExplanation;
}

export interface TopicScan {
  /** Entries read (newest first), at most `maxEntries`. */
  scanned: number;
  /** Entries in the topic (candidate and score ≥ threshold), newest first. */
  matches: ScannedEntry[];
  /** Candidates the query found whose score stayed under the threshold, newest first. */
  nearMisses: ScannedEntry[];
}

const PAGE = 500;

/** Runs one compiled topic over the newest stored entries (all of them when maxEntries is 0). */
export async function scanTopicMatches(
  store: TopicStore,
  topic: CompiledTopic,
  maxEntries = 0,
): Promise<TopicScan> {
  const scan: TopicScan = { scanned: 0, matches: [], nearMisses: [] };
  const cap = maxEntries > 0 ? maxEntries : Number.POSITIVE_INFINITY;
  while (scan.scanned < cap) {
    const page = await store.readNewestEntryTexts(Math.min(PAGE, cap - scan.scanned), scan.scanned);
    for (const entry of page) {
      const explanation = explainMatch(entry, topic);
      if (explanation.matched) scan.matches.push({ entry, explanation });
      else if (explanation.terms.length > 0) scan.nearMisses.push({ entry, explanation });
    }
    scan.scanned += page.length;
    if (page.length < PAGE) break;
  }
  return scan;
}
