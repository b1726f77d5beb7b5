import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { FetchOptions } from '../fetcher/fetch-feed.js';
import type { NormalizedEntry } from '../model/entry.js';
import type { ParsedFeed, ParsedItem } from '../model/parsed-feed.js';
import type { NormalizeContext } from '../normalizer/normalize-item.js';
import type { WriteLock } from '../store/create-write-lock.js';
import type { Db } from '../store/open-database.js';

/** Everything a poll needs, built once by the composition root and passed down. */
export interface PollDeps {
  /** The writer connection; every write on it goes through `writeLock`. */
  db: Db;
  writeLock: WriteLock;
  config: Config;
  logger: Logger;
  fetchOptions: FetchOptions;
  /** Text → ParsedFeed; the daemon runs it in a worker pool, tests may call parseFeed directly. */
  parse: (text: string) => Promise<ParsedFeed>;
  /** normalizeItem over a feed's items, in the same pool; absent: on the calling thread. */
  normalize?: (
    items: readonly ParsedItem[],
    context: NormalizeContext,
  ) => Promise<NormalizedEntry[]>;
  now: () => Date;
  random: () => number;
  /** Told which topics changed after a poll that stored something. */
  onTopicsChanged?: (topics: ReadonlySet<string>) => void;
  onPolled?: (outcome: import('../model/poll.js').PollOutcome) => void;
}
