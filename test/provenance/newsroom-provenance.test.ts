import { beforeAll, describe, expect, it } from 'vitest';
import { computeProvenance } from '../../src/provenance/index.js';
import { type CopyKind, type LabelledMember, loadLabelledStories } from './copy-kinds.js';

interface Tally {
  members: number;
  withQuote: number;
  withName: number;
  withNumber: number;
  withAny: number;
}

/** Per kind of copy: how many members show a unique quote, name, number, anything. */
function tallyCorpus(stories: LabelledMember[][]): Map<CopyKind, Tally> {
  const tallies = new Map<CopyKind, Tally>();
  for (const members of stories) {
    const provenance = computeProvenance(members);
    for (const member of members) {
      const unique = provenance.members[member.entryId] ?? { quotes: [], names: [], numbers: [] };
      const tally = tallies.get(member.kind) ?? {
        members: 0,
        withQuote: 0,
        withName: 0,
        withNumber: 0,
        withAny: 0,
      };
      tally.members++;
      if (unique.quotes.length > 0) tally.withQuote++;
      if (unique.names.length > 0) tally.withName++;
      if (unique.numbers.length > 0) tally.withNumber++;
      if (unique.quotes.length + unique.names.length + unique.numbers.length > 0) tally.withAny++;
      tallies.set(member.kind, tally);
    }
  }
  return tallies;
}

// The labelled corpora (their notes say which member is a verbatim copy, a brief, a rewrite with
// invented details, a translation): what provenance finds unique in each kind of copy.
describe.each(['newsroom', 'newsroom-c', 'newsroom-h'] as const)('provenance on %s', (name) => {
  let tallies: Map<CopyKind, Tally>;

  beforeAll(async () => {
    tallies = tallyCorpus(await loadLabelledStories(name));
    const rows = [...tallies].map(
      ([kind, t]) =>
        `${kind}: ${t.members} members, unique quote ${t.withQuote}, name ${t.withName}, number ${t.withNumber}, any ${t.withAny}`,
    );
    console.info(`provenance ${name}\n  ${rows.join('\n  ')}`);
  }, 60_000);

  it('finds no unique quote, name or number in a verbatim copy or a shortened brief', () => {
    for (const kind of ['verbatim', 'brief'] as const) {
      const tally = tallies.get(kind);
      if (tally === undefined) continue;
      expect(tally.members).toBeGreaterThan(0);
      expect({ kind, ...tally }).toMatchObject({ withQuote: 0, withName: 0, withNumber: 0 });
    }
  });

  it('finds no unique quote in most translations', () => {
    const tally = tallies.get('translation');
    expect(tally).toBeDefined();
    expect(tally?.withQuote ?? 0).toBeLessThanOrEqual(Math.floor((tally?.members ?? 0) / 10));
  });

  it('shows something unique in most rewrites with invented details', () => {
    const tally = tallies.get('rewrite');
    expect(tally).toBeDefined();
    expect(tally?.withAny ?? 0).toBeGreaterThanOrEqual(Math.ceil((tally?.members ?? 0) / 2));
  });
});
