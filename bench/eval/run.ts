import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateNewsroomPipeline } from '../../test/helpers/evaluate-newsroom.js';
import { formatEvalTables } from './format.js';
import { scoreTgcontestPairs } from './tgcontest.js';

/**
 * `npm run eval`: clustering and topic quality of the real pipeline on test/fixtures/newsroom,
 * and the clusterer's same-story decision on the tgcontest pairs; writes bench/eval-results.json.
 */
async function runEval(): Promise<void> {
  const results = {
    newsroom: await evaluateNewsroomPipeline(),
    tgcontestPairs: scoreTgcontestPairs(),
  };
  const out = path.join(import.meta.dirname, 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(formatEvalTables(results));
  const misses = [
    ...results.newsroom.clustering.wrongMerges.map((m) => `wrong merge: ${m}`),
    ...results.newsroom.clustering.splitStories.map((s) => `split story: ${s}`),
    ...Object.entries(results.newsroom.topics).flatMap(([id, t]) =>
      t.misses.map((m) => `${id}: ${m}`),
    ),
  ];
  if (misses.length > 0)
    process.stdout.write(`\nmisses:\n${misses.map((m) => `- ${m}`).join('\n')}\n`);
  process.stdout.write(`\nwritten ${path.relative(process.cwd(), out)}\n`);
}

await runEval();
