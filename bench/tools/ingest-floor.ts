import { writeFileSync } from 'node:fs';
import Parser from 'rss-parser';
import type { App } from '../../src/app.js';
import { foldDocument, packFoldedDocument } from '../../src/classifier/index.js';
import { fingerprintEntry } from '../../src/clusterer/index.js';
import { decodeFeedBytes } from '../../src/fetcher/index.js';
import { ingestEntries, refreshClaimsAfterPoll } from '../../src/ingest/index.js';
import type { NormalizedEntry, ParsedFeed } from '../../src/model/index.js';
import { type NormalizeContext, normalizeItem } from '../../src/normalizer/index.js';
import { sanitizeContent } from '../../src/normalizer/sanitize-content.js';
import { boundFeed, DEFAULT_FEED_LIMITS, parseFeed } from '../../src/parser/index.js';
import { readClaimReading } from '../../src/provenance/index.js';
import { createSqliteIngestStore, type IngestStore } from '../../src/store/index.js';
import { MAX_READ_TEXT_CHARS } from '../../src/worker/index.js';
import { prepareEntry, splitPrepared } from '../../src/worker/prepare-entry.js';
import { openBenchApp } from '../perf/app.js';
import { feedUrlOf } from '../perf/ingest-corpus.js';
import { buildCorpus } from '../perf/scenarios/ingest.js';
import { median, roundTo } from '../perf/stats.js';
import { mainThreadCpuMs } from '../perf/thread-cpu.js';

/**
 * `npx tsx bench/tools/ingest-floor.ts [rounds]`: what issue 16's ingest bar (items/s ≥ 0.25 ×
 * bare rss-parser) asks, in CPU per 1,000 items of the ingest bench's corpus (20 generated feeds ×
 * 50 items). Each stage runs alone on the main thread over the same items: bare parseString; the
 * parse job's steps; the store step as ingest-main-cpu.ts runs it; the store's floor: its own
 * writes of each new entry as a story's founder, a transaction per feed, no clustering, topics or
 * claims. 2 warm-up rounds, then `rounds` (default 5), stage order rotated. Prints and writes
 * bench/tools/ingest-floor.json: median and range of process.cpuUsage (all threads: main, GC
 * helpers, the WAL checkpointer in store rows), of the main thread's (/proc, 10 ms steps), and
 * of CPU ÷ bare parsing's in the same round.
 */
const rounds = Number(process.argv[2] ?? 5);
const WARM_UP_ROUNDS = 2;
const CONTENT_TYPE = 'application/xml; charset=utf-8';
const now = new Date('2026-12-01T12:00:00Z');
const corpus = buildCorpus(20, now).map((feed) => ({
  text: feed.text,
  bytes: new TextEncoder().encode(feed.text),
  context: { sourceId: feed.sourceId, feedUrl: feedUrlOf(feed.sourceId), now },
}));
const sources = corpus.map(({ context }) => ({ id: context.sourceId, url: context.feedUrl }));

async function parseDaemon(bytes: Uint8Array): Promise<ParsedFeed> {
  const { text } = decodeFeedBytes(bytes, CONTENT_TYPE);
  return boundFeed(await parseFeed(text), DEFAULT_FEED_LIMITS);
}

// Each stage's input, made once by the stage before it, as the parse job chains them.
const feeds: { feed: ParsedFeed; context: NormalizeContext }[] = [];
for (const { bytes, context } of corpus) {
  const feed = await parseDaemon(bytes);
  feeds.push({ feed, context: { ...context, feedLink: feed.link } });
}
const normalize = () =>
  feeds.map(({ feed, context }) => feed.items.map((item) => normalizeItem(item, context)));
const entries = normalize();
const flat = entries.flat();
const prepared = entries.map((feedEntries) => {
  const words = new Map<string, string[]>();
  const made = feedEntries.map((entry) => ({ entry, preparation: prepareEntry(entry, words) }));
  return splitPrepared(made);
});
const fold = (entry: NormalizedEntry) => packFoldedDocument(foldDocument(entry));

/** A stage's one pass over the corpus, on a fresh bench app (opened untimed) when it takes one. */
type Run = (app: App, store: IngestStore) => unknown;
const stages: { name: string; needsApp?: boolean; run: Run; cpu: number[]; main: number[] }[] = [
  { name: 'bare rss-parser parseString', run: parseBare },
  { name: 'decode + parseFeed + boundFeed', run: parseAll },
  { name: 'normalizeItem', run: normalize },
  { name: 'of which sanitizeContent (item HTML as given, base = its link)', run: sanitizeAll },
  { name: 'fingerprintEntry', run: () => flat.map((e) => fingerprintEntry(e)) },
  { name: 'foldDocument + packFoldedDocument', run: () => flat.map(fold) },
  { name: 'readClaimReading (texts up to MAX_READ_TEXT_CHARS)', run: readAll },
  { name: 'store step (ingestEntries + refreshClaimsAfterPoll)', needsApp: true, run: storeStep },
  { name: 'store floor (writes of new entries only)', needsApp: true, run: storeFloor },
].map((stage) => ({ ...stage, cpu: [] as number[], main: [] as number[] }));

async function parseBare(): Promise<void> {
  const parser = new Parser();
  for (const { text } of corpus) await parser.parseString(text);
}

async function parseAll(): Promise<void> {
  for (const { bytes } of corpus) await parseDaemon(bytes);
}

function sanitizeAll(): void {
  for (const item of feeds.flatMap(({ feed }) => feed.items))
    sanitizeContent(item.contentHtml ?? item.summaryHtml ?? '', item.link);
}

/** As prepareEntry reads them: texts over MAX_READ_TEXT_CHARS skipped, word keys cached per feed. */
function readAll(): void {
  for (const feedEntries of entries) {
    const words = new Map<string, string[]>();
    for (const { sourceId, title, text, language } of feedEntries) {
      if (text.length > MAX_READ_TEXT_CHARS) continue;
      const member = { entryId: 0, sourceId, title, text };
      readClaimReading(language === undefined ? member : { ...member, language }, words);
    }
  }
}

/** The main thread's part, as ingest-main-cpu.ts (and the ingest bench) runs it, prepared entries. */
async function storeStep(app: App, store: IngestStore): Promise<void> {
  for (const { entries: feedEntries, preparations } of prepared) {
    const options = { deferClaims: true, preparations };
    const counts = await store.write((writer) =>
      ingestEntries(writer, app.config, app.storyIndex, feedEntries, now, options),
    );
    await refreshClaimsAfterPoll(store, counts.staleClaims, now, { readings: counts.readings });
  }
}

/** The store's writes of a new entry that founds its own story, one transaction per feed. */
async function storeFloor(_app: App, store: IngestStore): Promise<void> {
  for (const { entries: feedEntries, preparations } of prepared) {
    await store.write(async (writer) => {
      for (const entry of feedEntries) {
        if (await writer.findEntryByKey(entry.sourceId, entry.key)) continue;
        if (await writer.touchTombstone(entry.sourceId, entry.key, now)) continue;
        const storyId = await writer.createStory(entry, now);
        const entryId = await writer.insertEntry(entry, { storyId, score: 1, signals: [] }, now);
        const features = preparations.get(entry)?.fingerprint.features;
        if (features === undefined) throw new Error('ingest-floor: an entry was not prepared');
        await writer.saveFingerprint(entryId, features);
        await writer.refreshStory(storyId, now, true);
      }
    });
  }
}

/** CPU ms of one pass: the process's (all threads) and the main thread's. */
async function measure(needsApp: boolean, run: Run): Promise<{ cpu: number; main: number }> {
  const bench = needsApp ? await openBenchApp('ingest-floor', sources) : undefined;
  const store = bench ? createSqliteIngestStore(bench.app.db, bench.app.writeLock) : undefined;
  try {
    const mainStarted = mainThreadCpuMs() ?? Number.NaN;
    const started = process.cpuUsage();
    await run(bench?.app as App, store as IngestStore);
    const { user, system } = process.cpuUsage(started);
    return { cpu: (user + system) / 1000, main: (mainThreadCpuMs() ?? Number.NaN) - mainStarted };
  } finally {
    bench?.dispose();
  }
}

for (let round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
  const first = round % stages.length;
  for (const stage of [...stages.slice(first), ...stages.slice(0, first)]) {
    const { cpu, main } = await measure(stage.needsApp === true, stage.run);
    if (round < WARM_UP_ROUNDS) continue;
    stage.cpu.push((cpu * 1000) / flat.length);
    stage.main.push((main * 1000) / flat.length);
  }
  console.log(`round ${round + 1}${round < WARM_UP_ROUNDS ? ' (warm-up)' : ''} done`);
}

const summarize = (values: number[]) => ({
  median: roundTo(median(values), 1),
  min: roundTo(Math.min(...values), 1),
  max: roundTo(Math.max(...values), 1),
});
const stageNamed = (prefix: string) => stages.find((stage) => stage.name.startsWith(prefix));
const bareCpu = stageNamed('bare')?.cpu ?? [];
/** A stage's CPU over bare parsing's in the same round: the load moves both alike. */
const timesBare = (cpu: number[]) =>
  summarize(cpu.map((ms, round) => ms / (bareCpu[round] ?? Number.NaN)));
const rows = stages.map(({ name, cpu, main }) => ({
  stage: name,
  cpu_ms_per_1000: summarize(cpu),
  main_thread_ms_per_1000: summarize(main),
  times_bare: timesBare(cpu),
}));
const floorParts = ['decode', 'normalizeItem', 'store floor'].map((name) => stageNamed(name));
const floorCpu = bareCpu.map((_, round) =>
  floorParts.reduce((sum, stage) => sum + (stage?.cpu[round] ?? Number.NaN), 0),
);
const bare = median(bareCpu);
const bytes = corpus.reduce((sum, feed) => sum + feed.bytes.length, 0);
const result = {
  corpus: { feeds: corpus.length, items: flat.length, bytes },
  rounds: { warm_up: WARM_UP_ROUNDS, measured: rounds },
  measure:
    'CPU ms per 1,000 items: process.cpuUsage (all threads), main thread (/proc, 10 ms steps); times_bare: process CPU ÷ bare parsing CPU in the same round',
  stages: rows,
  budget_note: "bare parsing's median CPU ÷ the ratio on the main thread, twice that on 2 cores",
  budget_025: { main_thread: roundTo(bare / 0.25, 1), two_cores: roundTo(bare / 0.125, 1) },
  budget_06: { main_thread: roundTo(bare / 0.6, 1), two_cores: roundTo(bare / 0.3, 1) },
  required_floor: {
    note: 'decode + parseFeed + boundFeed + normalizeItem + store floor, per round; the 0.25 budget over 2 cores is 8 × bare',
    cpu_ms_per_1000: summarize(floorCpu),
    times_bare: timesBare(floorCpu),
  },
};
const json = `${JSON.stringify(result, null, 2)}\n`;
console.log(json);
writeFileSync(new URL('./ingest-floor.json', import.meta.url), json);
