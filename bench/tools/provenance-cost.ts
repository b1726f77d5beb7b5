/**
 * How long provenance takes: reading one member, and one recompute of a 40-member story built
 * from the labelled newsroom corpora (every member of every story, first 40), reading every
 * member (no stored readings) and with 39 readings stored as JSON and the newest member read
 * (what a refresh does when one copy joins). Not a test: timing figures for docs/provenance.md. Run: npx tsx bench/tools/provenance-cost.ts
 */
import { computeProvenance, type ProvenanceMember } from '../../src/provenance/index.js';
import { readMember } from '../../src/provenance/read-claims.js';
import { decodeReading, encodeReading } from '../../src/provenance/reading-codec.js';
import { loadLabelledStories } from '../../test/provenance/copy-kinds.js';

const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const stories = [
  ...(await loadLabelledStories('newsroom')),
  ...(await loadLabelledStories('newsroom-c')),
];
const members: ProvenanceMember[] = stories
  .flat()
  .slice(0, 40)
  .map((member, i) => ({ ...member, entryId: i + 1 }));
const chars = members.reduce((sum, member) => sum + member.text.length, 0) / members.length;

const stored = new Map(
  members.map((member) => [member.entryId, encodeReading(readMember(member))]),
);
const newest = members.at(-1)?.entryId;
const readStored = (member: ProvenanceMember) => {
  const json = member.entryId === newest ? undefined : stored.get(member.entryId);
  return (json === undefined ? undefined : decodeReading(json)) ?? readMember(member);
};

const readTimes: number[] = [];
const storyTimes: number[] = [];
const storedTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  readTimes.push(time(() => members.map((member) => readMember(member))) / members.length);
  storyTimes.push(time(() => computeProvenance(members)));
  storedTimes.push(time(() => computeProvenance(members, readStored)));
}
console.log(
  `${members.length} members, ${Math.round(chars)} chars each on average; median of ${ROUNDS}:`,
);
console.log(`  read one member: ${median(readTimes).toFixed(2)} ms`);
console.log(`  recompute the 40-member story: ${median(storyTimes).toFixed(1)} ms`);
console.log(`  recompute it with 39 readings stored: ${median(storedTimes).toFixed(1)} ms`);
