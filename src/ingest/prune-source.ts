import type { Config } from '../config/index.js';
import type { Db } from '../store/index.js';
import { pruneEntries } from '../store/index.js';

const DAY_MS = 86_400_000;

/**
 * `retention.days` for one source, after its entries are stored: entries published more than
 * that many days ago go (tombstoned); 0 keeps everything. Returns the topics whose feeds changed.
 */
export function pruneSource(db: Db, config: Config, sourceId: string, now: Date): Set<string> {
  const cutoff = retentionCutoff(config, now);
  if (!cutoff) return new Set();
  return pruneEntries(db, { sourceId, cutoff, now }).changedTopics;
}

/** The publication time before which entries are not kept; undefined when everything is kept. */
export function retentionCutoff(config: Config, now: Date): Date | undefined {
  if (config.retention.days <= 0) return undefined;
  return new Date(now.getTime() - config.retention.days * DAY_MS);
}
