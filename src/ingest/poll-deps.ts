import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { FetchOptions } from '../fetcher/index.js';
import type { NormalizedEntry, ParsedFeed, ParsedItem } from '../model/index.js';
import type { NormalizeContext } from '../normalizer/index.js';
import type { Db, WriteLock } from '../store/index.js';

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
