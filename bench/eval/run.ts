import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runEvalCorpora } from './corpora.js';
import { evaluateStories, formatStories } from './stories.js';
import { evaluateTopics, formatTopics, writeTopics } from './topics.js';

/**
 * `npm run eval`: story and topic quality of the real pipeline (fetch over local HTTP, export) on
 * the labelled corpora of test/fixtures — newsroom, newsroom-c and the opened ones (OPENED_CORPORA,
 * development), world-news (real feeds; dev and test halves) and the held-out ones
 * (HELD_OUT_CORPORA: never tuned on) — and the clusterer's
 * same-story decision on the tgcontest pairs. Writes bench/eval/results.json.
 */
async function runEval(): Promise<void> {
  const runs = await runEvalCorpora((line) => process.stderr.write(`${line}\n`));
  const stories = await evaluateStories(runs);
  const topics = evaluateTopics(runs);
  writeTopics(topics);
  const out = path.join(import.meta.dirname, 'results.json');
  writeFileSync(out, `${JSON.stringify({ stories, topics }, null, 2)}\n`);
  process.stdout.write(`${formatStories(stories)}\n${formatTopics(topics)}`);
  process.stdout.write(`\nwritten ${path.relative(process.cwd(), out)}\n`);
}

await runEval();
