import type { SeededStores } from './seeded-stores.js';

/** One scenario's entry in bench/results.json. */
export interface ScenarioResult {
  /** What was measured, in words. */
  description: string;
  /** The goal as written in the issue, e.g. "ratio >= 0.6". */
  goal: string;
  met: boolean;
  /** measured / baseline (or the figure the goal is about). */
  ratio: number | null;
  measured: Record<string, unknown>;
  baseline: Record<string, unknown> | null;
  /** Medians over this many alternated rounds. */
  rounds: number;
  /** Set when the scenario could not run (for example wrk is missing). */
  skipped?: string;
  notes?: string[];
  /** Set by run.ts: when the scenario finished, the load average when it started, --quick. */
  ranAt?: string;
  loadAtStart?: string;
  quick?: boolean;
}

/** What every scenario module exports. */
export interface ScenarioOptions {
  quick: boolean;
  log: (line: string) => void;
  /** Prebuilt stores of N entries, shared by the placement and memory scenarios. */
  stores: SeededStores;
}

export type Scenario = (options: ScenarioOptions) => Promise<ScenarioResult>;

/** The result of a scenario that could not run here: `reason` says why (for example wrk is missing). */
export function skippedResult(description: string, goal: string, reason: string): ScenarioResult {
  return {
    description,
    goal,
    met: false,
    ratio: null,
    measured: {},
    baseline: null,
    rounds: 0,
    skipped: reason,
  };
}
