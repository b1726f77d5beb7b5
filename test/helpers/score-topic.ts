/** One labelled entry as the topic scoring sees it: its gold topics and the topics it got. */
export interface TopicOutcome {
  label: string;
  gold: readonly string[];
  predicted: ReadonlySet<string>;
}

export interface TopicFigures {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  /** `FP label` / `FN label` for every wrong call, for inspection. */
  misses: string[];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Precision, recall and F1 of one topic over every entry. */
export function scoreTopic(outcomes: readonly TopicOutcome[], topic: string): TopicFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const outcome of outcomes) {
    const truth = outcome.gold.includes(topic);
    const said = outcome.predicted.has(topic);
    if (truth && said) tp++;
    else if (said) fp++;
    else if (truth) fn++;
    if (truth !== said) misses.push(`${said ? 'FP' : 'FN'} ${outcome.label}`);
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), tp, fp, fn, misses };
}
