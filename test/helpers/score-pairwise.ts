/** What pairwise scoring needs of an entry: its gold story and whether it is a translation. */
export interface LabelledEntry {
  story: string;
  crossLingual: boolean;
}

export interface PairwiseFigures {
  precision: number;
  recall: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

/**
 * Pairwise precision and recall of a clustering against gold stories, for same-language pairs and
 * for pairs with a cross-lingual entry, plus the wrongly merged pairs for inspection.
 */
export function scorePairwise(entries: LabelledEntry[], storyIds: number[]) {
  const same = emptyCounts();
  const cross = emptyCounts();
  const wrongMerges: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i] as LabelledEntry;
      const b = entries[j] as LabelledEntry;
      const counts = a.crossLingual || b.crossLingual ? cross : same;
      const truth = a.story === b.story;
      const predicted = storyIds[i] === storyIds[j];
      counts.truePairs += truth ? 1 : 0;
      counts.predictedPairs += predicted ? 1 : 0;
      counts.correctPairs += truth && predicted ? 1 : 0;
      if (predicted && !truth) wrongMerges.push(`${a.story} + ${b.story}`);
    }
  }
  return { sameLanguage: finish(same), crossLingual: finish(cross), wrongMerges };
}

function emptyCounts() {
  return { truePairs: 0, predictedPairs: 0, correctPairs: 0 };
}

function finish(counts: ReturnType<typeof emptyCounts>): PairwiseFigures {
  const share = (part: number, whole: number) =>
    whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000;
  return {
    precision: share(counts.correctPairs, counts.predictedPairs),
    recall: share(counts.correctPairs, counts.truePairs),
    ...counts,
  };
}
