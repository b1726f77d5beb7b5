import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  computeProvenance,
  computeStoryClaims,
  readClaimReading,
  refreshStoryClaims,
} from '../../src/provenance/index.js';
import { type MemberReading, readMember } from '../../src/provenance/read-claims.js';
import { decodeReading, encodeReading } from '../../src/provenance/reading-codec.js';
import {
  type ClaimSource,
  readClaimSources,
  readStoryClaims,
} from '../../src/store/story-claims-repo.js';
import { TRIAL_ORIGINAL, TRIAL_RUSSIAN } from '../clusterer/made-up-stories.js';
import { openMemoryStore } from '../helpers/memory-store.js';
import { STRIKE_ORIGINAL, STRIKE_REWRITE } from '../stories/made-up-news.js';

const T0 = '2025-03-10T07:00:00.000Z';
const ADDED = 'Union delegates later met in Kaunas, where 212 members voted to extend the action.';

function addEntry(db: Database.Database, id: number, text: string, at: string): void {
  db.prepare(
    `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, language, published_at,
      has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
     VALUES (?, 'a', ?, ?, '', ?, '', 'en', ?, 1, ?, ?, ?, 1)`,
  ).run(id, `key-${id}`, STRIKE_ORIGINAL.title, text, at, `hash-${id}`, T0, T0);
}

function uniqueNames(db: Database.Database, entryId: number): string[] | undefined {
  return readStoryClaims(db, [1]).get(1)?.members[entryId]?.names;
}

// A recompute reads only the members that are new or changed: the others' readings are stored
// by content hash. Shown by changing a member's text behind the store's back (same hash): the
// stored reading is what counts, until the hash changes too.
describe('member readings kept by content hash', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = openMemoryStore(['a']);
    db.prepare(
      `INSERT INTO stories (id, guid, published_at, created_at, updated_at)
       VALUES (1, 'story-1', ?, ?, ?)`,
    ).run(T0, T0, T0);
    addEntry(db, 1, STRIKE_ORIGINAL.text, T0);
    addEntry(db, 2, `${STRIKE_REWRITE.text}\n${ADDED}`, '2025-03-10T11:00:00.000Z');
  });

  it('stores each member read and serves it on the next recompute', () => {
    refreshStoryClaims(db, 1, new Date(T0));
    expect(uniqueNames(db, 2)).toContain('Kaunas');
    const stored = db.prepare('SELECT entry_id, content_hash FROM entry_claim_readings').all();
    expect(stored).toEqual([
      { entry_id: 1, content_hash: 'hash-1' },
      { entry_id: 2, content_hash: 'hash-2' },
    ]);

    db.prepare('UPDATE entries SET text = ? WHERE id = 2').run(STRIKE_REWRITE.text);
    refreshStoryClaims(db, 1, new Date(T0));
    expect(uniqueNames(db, 2)).toContain('Kaunas');

    db.prepare("UPDATE entries SET content_hash = 'hash-2b' WHERE id = 2").run();
    refreshStoryClaims(db, 1, new Date(T0));
    expect(uniqueNames(db, 2)).not.toContain('Kaunas');
    expect(
      db.prepare('SELECT content_hash FROM entry_claim_readings WHERE entry_id = 2').get(),
    ).toEqual({ content_hash: 'hash-2b' });
  });

  it('reads a member again when its stored reading is of another format', () => {
    refreshStoryClaims(db, 1, new Date(T0));
    db.prepare('UPDATE entries SET text = ? WHERE id = 2').run(STRIKE_REWRITE.text);
    db.prepare(`UPDATE entry_claim_readings SET reading = '{"format":0}' WHERE entry_id = 2`).run();
    refreshStoryClaims(db, 1, new Date(T0));
    expect(uniqueNames(db, 2)).not.toContain('Kaunas');
  });

  it('uses a reading made before (in the parse job) for the content it was made from, and stores it', () => {
    const members = readClaimSources(db, 1);
    const plain = computeStoryClaims(members);
    // Made from another text under the member's current hash: used as given (Kaunas gone).
    const made = readClaimReading({
      entryId: 2,
      sourceId: 'a',
      ...STRIKE_ORIGINAL,
      language: 'en',
    });
    const current = { entryId: 2, contentHash: 'hash-2', reading: made };
    const kept = computeStoryClaims(members, new Map(), new Map([[2, current]]));
    expect(kept.claims.members[2]?.names).not.toContain('Kaunas');
    expect(plain.claims.members[2]?.names).toContain('Kaunas');
    expect(kept.fresh).toContainEqual(current);
    // Made for an older content hash: not used, the member is read.
    const stale = new Map([[2, { ...current, contentHash: 'hash-old' }]]);
    expect(computeStoryClaims(members, new Map(), stale)).toEqual(plain);
  });

  it("stores the reading made for a story's only member, and decodes it when a copy joins", () => {
    const [first, second] = readClaimSources(db, 1) as [ClaimSource, ClaimSource];
    const made = (member: ClaimSource) => ({
      entryId: member.entryId,
      contentHash: member.contentHash,
      reading: readClaimReading(member),
    });
    // Alone, the founder is compared with nothing, yet the reading made for it is kept.
    const alone = computeStoryClaims([first], new Map(), new Map([[1, made(first)]]));
    expect(alone.fresh).toEqual([made(first)]);
    // Not for another content, and not when nothing was made for it.
    const other = new Map([[1, { ...made(first), contentHash: 'hash-old' }]]);
    expect(computeStoryClaims([first], new Map(), other).fresh).toEqual([]);
    expect(computeStoryClaims([first]).fresh).toEqual([]);
    // The copy's poll: the founder's reading is the stored one, only the copy's is new.
    const stored = { ...first, reading: made(first).reading };
    const joined = computeStoryClaims([stored, second], new Map(), new Map([[2, made(second)]]));
    expect(joined.fresh).toEqual([made(second)]);
    expect(joined.claims).toEqual(computeStoryClaims([first, second]).claims);
  });

  it('drops a member reading with the member', () => {
    refreshStoryClaims(db, 1, new Date(T0));
    db.prepare('DELETE FROM entries WHERE id = 2').run();
    expect(db.prepare('SELECT entry_id FROM entry_claim_readings').pluck().all()).toEqual([1]);
  });
});

/** Every field of a reading, whatever object holds them (a decoded one unpacks its sets on use). */
function fieldsOf(reading: MemberReading): Record<string, unknown> {
  const { language, quotes, names, numbers, stems, stemGrams, nameKeys, crossNameKeys } = reading;
  const { quoteCrossTerms, crossTerms, numberKeys } = reading;
  return {
    ...{ language, quotes, names, numbers, stems, stemGrams, nameKeys, crossNameKeys },
    ...{ quoteCrossTerms, crossTerms, numberKeys },
  };
}

describe('a stored reading', () => {
  it('compares exactly like a fresh one, across languages too', () => {
    const members = [
      { entryId: 1, sourceId: 'a', ...TRIAL_ORIGINAL, language: 'en' },
      { entryId: 2, sourceId: 'b', ...TRIAL_RUSSIAN, language: 'ru' },
    ];
    const decoded = (member: (typeof members)[number]) => {
      const reading = decodeReading(encodeReading(readMember(member)));
      if (reading === undefined) throw new Error('reading did not decode');
      return reading;
    };
    for (const member of members)
      expect(fieldsOf(decoded(member))).toEqual(fieldsOf(readMember(member)));
    expect(computeProvenance(members, decoded)).toEqual(computeProvenance(members));
  });

  it('keeps every key, also one that its packed lists could not hold', () => {
    const reading = readMember({ entryId: 1, sourceId: 'a', ...TRIAL_ORIGINAL, language: 'en' });
    const odd = { ...reading, nameKeys: new Set(['e:a\nb', '']), stems: ['one two', 'three'] };
    const decoded = decodeReading(encodeReading(odd));
    expect(decoded?.nameKeys).toEqual(odd.nameKeys);
    expect(decoded?.stems).toEqual(odd.stems);
    expect(decoded?.stemGrams).toEqual(new Set(['one two', 'three', 'one two three']));
    expect(decoded?.crossNameKeys).toEqual(reading.crossNameKeys);
  });

  it('is refused when it is not a reading', () => {
    expect(decodeReading('not json')).toBeUndefined();
    expect(decodeReading('{"format":1,"language":"en"}')).toBeUndefined();
  });
});
