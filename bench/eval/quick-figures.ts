import { DEFAULT_CLUSTER_OPTIONS, type PairModel } from '../../src/clusterer/index.js';
import { clusterInMemory } from '../../test/helpers/cluster-in-memory.js';
import { generateUnrelatedStream } from '../../test/helpers/unrelated-stream.js';
import { countPair, emptyCounts, finish, placeStream } from './cross-validate.js';
import { crossValidateStories, loadStoryFoldData } from './cross-validate-stories.js';
import { loadLabelledStream } from './dev-streams.js';
import { fitPairModel } from './fit-pair-model.js';
import { loadTgcontestPairs, scoreTgcontestPairs } from './tgcontest.js';
import { collectTrainingPairs, MEASURE_NAMES } from './train-pair-model.js';

/**
 * `npx tsx bench/eval/quick-figures.ts [shipped]`: the story figures that decide a change, in
 * memory and in a few minutes — a model trained from the current measures (or the shipped one),
 * world-news dev / test placed in memory, tgcontest plain, CV by story, two unrelated streams.
 * `npm run eval` remains the reference (the real pipeline).
 */
async function quick(useShipped: boolean): Promise<void> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const drop = (process.env.DROP ?? '').split(',');
  const added = (process.env.ADD ?? '').split(',').filter((n) => n !== '') as typeof MEASURE_NAMES;
  const names = [...MEASURE_NAMES, ...added].filter((name) => !drop.includes(name));
  const train = (pairs: Parameters<typeof fitPairModel>[0]) => fitPairModel(pairs, names);
  const model: PairModel = useShipped
    ? DEFAULT_CLUSTER_OPTIONS.model
    : train(await collectTrainingPairs());
  if (!useShipped) say(JSON.stringify(model));
  const world = await loadLabelledStream('world-news');
  const storyOf = placeStream(world, model);
  for (const half of ['dev', 'test'] as const) {
    const counts = emptyCounts();
    for (let i = 0; i < world.items.length; i++)
      for (let j = i + 1; j < world.items.length; j++) {
        const a = world.items[i];
        const b = world.items[j];
        if (a?.half !== half || b?.half !== half) continue;
        countPair(counts, a.story === b.story, storyOf[i] === storyOf[j]);
      }
    const f = finish(counts);
    say(
      `world-news ${half}: P ${f.precision} R ${f.recall} (${f.correctPairs}/${f.predictedPairs}/${f.truePairs})`,
    );
  }
  const tg = loadTgcontestPairs();
  for (const [language, f] of Object.entries(scoreTgcontestPairs(0.65, model, tg)))
    say(`tgcontest ${language}: P ${f.precision} R ${f.recall} tp ${f.tp} fp ${f.fp} fn ${f.fn}`);
  const cv = crossValidateStories(await loadStoryFoldData(tg), 0.65, train);
  say(
    `CV by story: world-news ${cv.worldNews.precision} / ${cv.worldNews.recall}; ${Object.entries(
      cv.tgcontest,
    )
      .map(([l, f]) => `${l} ${f.precision} / ${f.recall}`)
      .join('; ')}`,
  );
  for (const seed of [7, 8]) {
    const stream = generateUnrelatedStream({ feeds: 60, items: 3000, seed, hours: 72 });
    const placements = clusterInMemory(stream, { ...DEFAULT_CLUSTER_OPTIONS, model });
    const merged = placements.filter((p, i) => p.storyId !== i).length;
    say(`stream ${seed}: merged ${merged} share ${(merged / stream.length).toFixed(4)}`);
  }
}

await quick(process.argv[2] === 'shipped');
