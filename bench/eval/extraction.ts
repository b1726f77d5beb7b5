import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type ExtractionQuality,
  FULL_CONTENT_FEEDS,
  measureExtraction,
  readRealBodies,
} from '../../test/helpers/measure-extraction.js';

/**
 * `npm run eval:extraction`: article extraction on real article bodies. The full-content feeds of
 * the world-news corpus carry whole articles; each is put in a site page (navigation, cookie
 * dialog, share bar, newsletter box, "most read", comments, footer), extracted as topicfeed
 * extracts a fetched page, and compared sentence by sentence with the body as the feed gave it.
 * Writes bench/eval/extraction.json.
 */
const PER_FEED = 6;

function formatPage(q: ExtractionQuality): string {
  const share = q.sentences === 0 ? 1 : q.kept / q.sentences;
  const elements = Object.entries(q.elements)
    .filter(([, n]) => n.feed + n.extracted > 0)
    .map(([name, n]) => `${name} ${n.extracted}/${n.feed}`)
    .join(', ');
  const lines = [
    `${q.feed} — ${q.title} [${q.layout}]: kept ${q.kept}/${q.sentences} sentences (${(share * 100).toFixed(0)} %), ${q.added.length} added, ${q.leaked.length} chrome sentences leaked, ${q.extractedWords} words`,
    `    elements (extracted/feed): ${elements}`,
    ...q.lost.map((s) => `    lost:  ${s.slice(0, 140)}`),
    ...q.added.map((s) => `    added: ${s.slice(0, 140)}`),
    ...q.leaked.map((s) => `    leaked: ${s}`),
  ];
  return lines.join('\n');
}

function sumElements(pages: readonly ExtractionQuality[]) {
  const totals: Record<string, { feed: number; extracted: number }> = {};
  for (const page of pages) {
    for (const [name, n] of Object.entries(page.elements)) {
      const total = totals[name] ?? { feed: 0, extracted: 0 };
      totals[name] = { feed: total.feed + n.feed, extracted: total.extracted + n.extracted };
    }
  }
  return totals;
}

async function runExtractionEval(): Promise<void> {
  const pages: ExtractionQuality[] = [];
  for (const file of Object.keys(FULL_CONTENT_FEEDS)) {
    for (const body of await readRealBodies(file, PER_FEED)) {
      pages.push(measureExtraction(body, 'semantic'), measureExtraction(body, 'div-soup'));
    }
  }
  const sentences = pages.reduce((sum, q) => sum + q.sentences, 0);
  const kept = pages.reduce((sum, q) => sum + q.kept, 0);
  const summary = {
    pages: pages.length,
    sentences,
    kept,
    kept_share: Number((kept / sentences).toFixed(4)),
    pages_fully_kept: pages.filter((q) => q.kept === q.sentences).length,
    added_sentences: pages.reduce((sum, q) => sum + q.added.length, 0),
    leaked_chrome_sentences: pages.reduce((sum, q) => sum + q.leaked.length, 0),
    elements: sumElements(pages),
  };
  const out = path.join(import.meta.dirname, 'extraction.json');
  writeFileSync(out, `${JSON.stringify({ summary, pages }, null, 2)}\n`);
  process.stdout.write(
    `${pages.map(formatPage).join('\n')}\n\n${JSON.stringify(summary, null, 2)}\n`,
  );
  process.stdout.write(`written ${path.relative(process.cwd(), out)}\n`);
}

await runExtractionEval();
