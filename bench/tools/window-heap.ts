import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fingerprintEntry, StoryIndex } from '../../src/clusterer/index.js';
import { normalizeItem } from '../../src/normalizer/index.js';
import { parseFeed } from '../../src/parser/index.js';
import { buildCorpus } from '../perf/scenarios/ingest.js';

/**
 * `npx tsx bench/tools/window-heap.ts [entries]`: the heap a story window of that many entries
 * (fingerprints of the ingest scenario's generated feeds, restored from JSON as the store gives
 * them) holds in StoryIndex, in MB and KB per entry. The fingerprints are made first and written to
 * a file; a second process with --expose-gc measures the heap before and after loading them.
 */
async function writeFingerprints(file: string, wanted: number): Promise<void> {
  const now = new Date();
  const lines: string[] = [];
  for (const feed of buildCorpus(Math.ceil(wanted / 50), now)) {
    const parsed = await parseFeed(feed.text);
    const ctx = { sourceId: feed.sourceId, feedUrl: `https://${feed.sourceId}.example.org/`, now };
    for (const item of parsed.items)
      lines.push(JSON.stringify(fingerprintEntry(normalizeItem(item, ctx))));
  }
  writeFileSync(file, lines.slice(0, wanted).join('\n'));
}

function measure(file: string): void {
  const gc = (globalThis as { gc?: () => void }).gc as () => void;
  gc();
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const before = used();
  const index = new StoryIndex({ windowHours: 72, recentEntries: 2_000 });
  // Each line decoded on its own (a slice of one big string would keep all of it alive).
  const bytes = readFileSync(file);
  let start = 0;
  for (let i = 0; start < bytes.length; i++) {
    const end = bytes.indexOf(10, start) < 0 ? bytes.length : bytes.indexOf(10, start);
    index.add(i + 1, Math.floor(i / 2) + 1, JSON.parse(bytes.toString('utf8', start, end)));
    start = end + 1;
  }
  gc();
  const held = used() - before;
  const mb = Math.round(held / 1024 / 102.4) / 10;
  const kbPerEntry = Math.round(held / index.size / 102.4) / 10;
  const inner = index as unknown as {
    table?: { size: number };
    postings: Map<unknown, unknown>;
    arena?: { top: number; data: Uint32Array };
  };
  console.log(
    JSON.stringify({
      entries: index.size,
      heap_mb: mb,
      kb_per_entry: kbPerEntry,
      terms: inner.table?.size,
      postings: inner.postings.size,
    }),
  );
}

if (process.argv[2] === '--measure') measure(process.argv[3] as string);
else {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'window-heap-'));
  const file = path.join(dir, 'fingerprints.jsonl');
  try {
    await writeFingerprints(file, Number(process.argv[2] ?? 9_500));
    const args = ['--expose-gc', '--import', 'tsx', import.meta.filename, '--measure', file];
    execFileSync(process.execPath, args, { stdio: 'inherit' });
  } finally {
    if (existsSync(dir)) rmSync(dir, { recursive: true });
  }
}
