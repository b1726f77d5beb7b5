/**
 * Rebuilds config/topics/examples.jsonl, the example set the shipped topics learn their weights
 * from: every labelled entry of the development corpora written for this project (newsroom,
 * newsroom-c), with the title and text as the pipeline stores them (fetched over local HTTP,
 * normalized) and its labelled topics. Never newsroom-h (held out); never world-news: its texts
 * belong to their publishers and are in the repository for testing only, while this file ships in
 * config/ and the container image. Run: npx tsx bench/tools/build-topic-examples.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CorpusName, loadCorpus, runCorpus } from '../../test/helpers/evaluate-corpus.js';

const DEVELOPMENT: CorpusName[] = ['newsroom', 'newsroom-c'];
const OUT = path.resolve(import.meta.dirname, '../../config/topics/examples.jsonl');

const lines: string[] = [];
for (const name of DEVELOPMENT) {
  const run = await runCorpus(loadCorpus(name));
  run.corpus.items.forEach((item, i) => {
    const stored = run.textOf[i] ?? { title: '', text: '' };
    const source = `${name}/${item.file.replace(/\.[a-z]+$/u, '')}`;
    const record = {
      topics: item.topics,
      title: stored.title,
      text: stored.text,
      source,
      story: `${name}/${item.story}`,
    };
    lines.push(JSON.stringify(record));
  });
}
writeFileSync(OUT, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} examples written to ${path.relative(process.cwd(), OUT)}\n`);
