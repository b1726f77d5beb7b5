import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeStories, openDatabase } from '../../src/store/index.js';
import { runTopicfeed } from '../helpers/run-cli.js';
import { STRIKE_ORIGINAL, STRIKE_REWRITE, TRIAL_TEACHER } from './made-up-news.js';
import { createStoryHarness } from './story-harness.js';

const COPY = {
  guid: 'd-1',
  link: 'https://daily-digest.example/strike',
  published: '2025-03-10T11:30:00Z',
  ...STRIKE_REWRITE,
};
const ORIGINAL = {
  guid: 'h-1',
  link: 'https://harbour-times.example/strike',
  published: '2025-03-10T07:00:00Z',
  ...STRIKE_ORIGINAL,
};

/** The copy is fetched first and founds the story; the earlier original joins it on a later poll. */
async function fetchedHarness() {
  const harness = createStoryHarness();
  harness.configure([{ id: 'daily-digest', items: [COPY] }]);
  await harness.fetchAll();
  harness.configure([
    { id: 'daily-digest', items: [COPY] },
    { id: 'harbour-times', items: [ORIGINAL] },
  ]);
  await harness.fetchAll();
  return harness;
}

describe('topicfeed explain', () => {
  it('accepts the numeric id or the GUID and prints the same explanation', async () => {
    const harness = await fetchedHarness();
    const [story] = harness.query<{ id: number; guid: string }>('SELECT id, guid FROM stories');
    const byId = await runTopicfeed(['explain', String(story?.id), '--config', harness.file]);
    const byGuid = await runTopicfeed(['explain', story?.guid ?? '', '--config', harness.file]);
    expect(byId.code).toBe(0);
    expect(byGuid.out).toBe(byId.out);
    const lines = byId.out.split('\n');
    expect(lines[0]).toBe(`story ${story?.id}`);
    expect(byId.out).toContain(`guid:    ${story?.guid}`);
    expect(byId.out).toMatch(/created: \d{4}-\d\d-\d\dT/);
    expect(byId.out).toMatch(/updated: \d{4}-\d\d-\d\dT/);
    expect(byId.out).toContain('members: 2');
  });

  it('lists the representative first and marked, each member with source, title, date, url and why it joined', async () => {
    const harness = await fetchedHarness();
    const out = (await runTopicfeed(['explain', '1', '--config', harness.file])).out;
    const rep = out.indexOf('* representative: harbour-times');
    const other = out.indexOf('  member 2: daily-digest');
    expect(rep).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(rep);
    expect(out).toContain(`title:     ${STRIKE_ORIGINAL.title}`);
    expect(out).toContain('published: 2025-03-10T07:00:00.000Z');
    expect(out).toContain('url:       https://harbour-times.example/strike');
    // The original arrived second: it joined the copy's story on signals; the copy founded it.
    expect(out.slice(rep, other)).toMatch(
      /joined: +score [01]\.\d+; signals: .*(sharedRare|sharedNumbers|titleSim|leadSim|rareNames)/,
    );
    expect(out.slice(other)).toContain('joined:    founded the story');
  });

  it('exits 1 with a clear message for an unknown story or a missing argument', async () => {
    const harness = await fetchedHarness();
    const unknown = await runTopicfeed(['explain', '999', '--config', harness.file]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('explain: no story "999"');
    const badGuid = await runTopicfeed([
      'explain',
      'urn:uuid:00000000-0000-5000-8000-000000000000',
      '--config',
      harness.file,
    ]);
    expect(badGuid.code).toBe(1);
    expect(badGuid.err).toContain('no story "urn:uuid:00000000');
    const missing = await runTopicfeed(['explain', '--config', harness.file]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('usage: topicfeed explain');
  });

  it('explains a story merged into another as the story it is now, and says so', async () => {
    const harness = createStoryHarness();
    harness.configure([
      { id: 'daily-digest', items: [COPY] },
      {
        id: 'harbour-times',
        items: [
          {
            ...TRIAL_TEACHER,
            guid: 't-1',
            link: 'https://harbour-times.example/trial',
            published: '2025-03-10T08:00:00Z',
          },
        ],
      },
    ]);
    await harness.fetchAll();
    const ids = harness
      .query<{ id: number }>('SELECT id FROM stories ORDER BY id')
      .map((row) => row.id);
    expect(ids).toHaveLength(2);
    const [into, merged] = ids as [number, number];
    // As the ingest does when an entry bridges the two (see test/ingest/bridge-stories.test.ts).
    const db = openDatabase(join(harness.dir, 'topicfeed.db'));
    try {
      db.transaction(() => mergeStories(db, into, [merged], new Date()))();
    } finally {
      db.close();
    }
    const out = await runTopicfeed(['explain', String(merged), '--config', harness.file]);
    expect(out.code).toBe(0);
    expect(out.out.split('\n')[0]).toBe(`story ${merged} was merged into story ${into}`);
    expect(out.out).toContain(`\nstory ${into}\n`);
    expect(out.out).toContain('members: 2');
  });

  it('shows which word matched which across languages for a translation', async () => {
    const harness = createStoryHarness();
    harness.configure([
      {
        id: 'wire',
        items: [
          {
            guid: 'en-1',
            link: 'https://wire.example/verdict',
            published: '2025-03-11T08:00:00Z',
            title: 'Court sentences blogger Sergei Varkovsky to 9 years in Gomel',
            text: 'A court in Gomel on Tuesday sentenced the blogger Sergei Varkovsky to 9 years in a penal colony for organising protests, his lawyer said.',
          },
        ],
      },
      {
        id: 'vesti',
        items: [
          {
            guid: 'ru-1',
            link: 'https://vesti.example/prigovor',
            published: '2025-03-11T09:30:00Z',
            title: 'Суд в Гомеле приговорил блогера Сергея Варковского к 9 годам',
            text: 'Суд в Гомеле во вторник приговорил блогера Сергея Варковского к 9 годам колонии за организацию протестов, сообщил его адвокат.',
          },
        ],
      },
    ]);
    await harness.fetchAll();
    const out = (await runTopicfeed(['explain', '1', '--config', harness.file])).out;
    expect(out).toContain('members: 2');
    expect(out).toMatch(
      /match:Varkovsky=Варковского\(name \w+\)|match:Варковского=Varkovsky\(name \w+\)/u,
    );
    expect(out).toMatch(/\(lexicon sentence\)/u);
    expect(out).toContain('match:9(number)');
  });
});
