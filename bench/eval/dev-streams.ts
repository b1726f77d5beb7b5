import type { ClusterInput } from '../../src/clusterer/index.js';
import { type CorpusName, loadCorpus, sourceIdOf } from '../../test/helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../../test/helpers/normalize-corpus.js';
import { generateUnrelatedStream } from '../../test/helpers/unrelated-stream.js';
import type { LabelledEntry } from './pair-dataset.js';

/** A labelled corpus as the clusterer sees it: entries in placement order, each item's entry. */
export interface LabelledStream {
  name: string;
  entries: (LabelledEntry & { input: ClusterInput & { hasFeedDate: boolean } })[];
  /** Per corpus item (labels.json order): the index of its entry in `entries`. */
  entryOf: number[];
  /** Per corpus item: gold story, outlet, cross-lingual flag, world-news half. */
  items: { story: string; group: string; crossLingual: boolean; half?: 'dev' | 'test' }[];
}

/**
 * A labelled corpus normalized as the pipeline does, feed after feed in feed order (one entry per
 * source key: a feed's repeats are one entry). World-news trains on its dev half only.
 */
export async function loadLabelledStream(name: CorpusName): Promise<LabelledStream> {
  const corpus = loadCorpus(name);
  const normalized = await normalizeCorpus(corpus);
  const entries: LabelledStream['entries'] = [];
  const seen = new Map<object, number>();
  const entryOf = new Array<number>(corpus.items.length).fill(-1);
  for (const { index, entry } of normalized) {
    const item = corpus.items[index];
    if (item === undefined) continue;
    let at = seen.get(entry);
    if (at === undefined) {
      at = entries.length;
      seen.set(entry, at);
      entries.push({
        input: entry,
        story: item.story,
        group: `${name}/${entry.sourceId}`,
        trainable: item.half !== 'test',
      });
    }
    entryOf[index] = at;
  }
  const items = corpus.items.map((item) => ({
    story: item.story,
    group: `${name}/${sourceIdOf(item.file)}`,
    crossLingual: item.crossLingual,
    ...(item.half ? { half: item.half } : {}),
  }));
  return { name, entries, entryOf, items };
}

/** The unrelated stream as labelled entries (every item its own story). */
export function loadStreamEntries(seed: number): LabelledEntry[] {
  return generateUnrelatedStream({ feeds: 60, items: 3000, seed, hours: 72 }).map((item, i) => ({
    input: item,
    story: `stream-${i}`,
    group: `stream/${item.sourceId}`,
    trainable: true,
  }));
}
