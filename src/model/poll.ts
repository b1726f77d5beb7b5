/** The outcome of one poll of one source. */
export type PollOutcomeKind = 'new' | 'not-modified' | 'skipped' | 'error';

export interface PollOutcome {
  sourceId: string;
  outcome: PollOutcomeKind;
  httpStatus?: number;
  newEntries: number;
  updatedEntries: number;
  error?: string;
  durationMs: number;
  nextPollAt?: string;
}
