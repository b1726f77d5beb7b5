import { describe, expect, it } from 'vitest';
import { classifyEntry, explainMatch } from '../../src/classifier/classify-entry.js';
import {
  compileTopic,
  pinKey,
  type TopicDefinition,
  withPins,
  withWeights,
} from '../../src/classifier/compile-topic.js';

/** Four neutral paragraphs: what stands after them is body text, far from the title and lead. */
const PARAGRAPHS = Array.from(
  { length: 4 },
  (_, i) => `Paragraph ${i + 1} says the weather was mild. Markets were calm across the region.`,
).join('\n');

const PRISONERS: TopicDefinition = {
  id: 'pp',
  query: '"political prisoner*"',
  evidence: [
    {
      id: 'designation',
      kind: 'decisive',
      query: '"political prisoner*" OR "politically motivated"',
    },
    { id: 'charge', kind: 'supporting', query: 'treason OR extremis*' },
    { id: 'detention', kind: 'supporting', query: 'jailed OR sentenced OR "penal colony"' },
    { id: 'war', kind: 'against', query: '"prisoner* of war"' },
  ],
};

describe('evidence weighed by what it is', () => {
  const topic = compileTopic(PRISONERS);

  it('lets a designation decide alone in the fifth paragraph when it names the headline person', () => {
    const entry = {
      title: 'Teacher Ivanova loses appeal',
      text: `${PARAGRAPHS}\nRights groups recognised Ivanova as a political prisoner.`,
    };
    const result = explainMatch(entry, topic);
    expect(result.matched).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(2.5);
    expect(result.evidence.find((f) => f.id === 'designation')).toMatchObject({
      kind: 'decisive',
      points: 1,
      weight: 2.5,
    });
  });

  it('lets a designation repeated in the body decide, wherever it is', () => {
    const entry = {
      title: 'Teacher loses appeal',
      text: `${PARAGRAPHS}\nShe is a political prisoner. Rights groups call the case politically motivated.`,
    };
    expect(explainMatch(entry, topic).matched).toBe(true);
  });

  it('counts a designation in passing as one supporting mention at most', () => {
    const passing = {
      title: 'Teacher loses appeal',
      text: `${PARAGRAPHS}\nThe minister also spoke of Ruritania and its political prisoners.`,
    };
    const result = explainMatch(passing, topic);
    expect(result.matched).toBe(false);
    const designation = result.evidence.find((f) => f.id === 'designation');
    expect(designation?.contribution).toBeLessThanOrEqual(0.5);
    // The same sentence in the lead is about the story's subject: it decides.
    const lead = {
      ...passing,
      text: `The minister also spoke of its political prisoners. ${PARAGRAPHS}`,
    };
    expect(explainMatch(lead, topic).matched).toBe(true);
  });

  it('counts half the evidence of an entry whose title and lead say nothing of the topic', () => {
    const feature = {
      title: 'What to know about the vote',
      text: `${PARAGRAPHS}\nCritics were jailed for treason. Others were sentenced for extremism.`,
    };
    const result = explainMatch(feature, topic);
    expect(result.matched).toBe(false);
    const full = explainMatch(
      {
        ...feature,
        text: `Critics were jailed for treason. ${PARAGRAPHS}\nOthers were sentenced for extremism.`,
      },
      topic,
    );
    expect(full.matched).toBe(true);
    const charge = (r: typeof result) => r.evidence.find((f) => f.id === 'charge')?.points ?? 0;
    expect(charge(result)).toBeLessThan(charge(full));
  });

  it('keeps one supporting signal under the bar and lets two signals add up', () => {
    const one = explainMatch({ title: 'Pensioner charged with treason', text: PARAGRAPHS }, topic);
    expect(one.matched).toBe(false);
    const two = explainMatch(
      {
        title: 'Pensioner jailed for treason',
        text: `${PARAGRAPHS}\nShe was sentenced on Monday.`,
      },
      topic,
    );
    expect(two.matched).toBe(true);
    expect(two.evidence.map((f) => f.id).sort()).toEqual(['charge', 'detention']);
  });

  it('lets evidence against pull the score down, and never makes a candidate by itself', () => {
    const swap = explainMatch(
      { title: 'Prisoners of war swapped; soldiers jailed for treason return', text: PARAGRAPHS },
      topic,
    );
    expect(swap.evidence.find((f) => f.id === 'war')?.contribution).toBeLessThan(0);
    expect(swap.matched).toBe(false);
    const alone = explainMatch({ title: 'Prisoners of war swapped', text: PARAGRAPHS }, topic);
    expect(alone.score).toBe(0);
    expect(alone.evidence).toEqual([]);
  });

  it('names each matched term with its group, strongest contribution first', () => {
    const result = explainMatch(
      { title: 'Blogger jailed for extremism', text: 'A political prisoner, Viasna says.' },
      topic,
    );
    expect(result.terms[0]).toBe('designation: "political prisoner*"');
    expect(result.terms).toContain('charge: extremis*');
    expect(result.terms).toContain('"political prisoner*"');
  });

  it('keeps one supporting group alone at half its points: a signal that needs company', () => {
    const entry = { title: 'Pensioner charged with treason', text: PARAGRAPHS };
    const strong = withWeights(topic, { charge: 1 });
    expect(explainMatch(entry, strong)).toMatchObject({ matched: false, score: 1.5 });
    const company = { ...entry, text: `${PARAGRAPHS}\nShe was later jailed.` };
    expect(explainMatch(company, strong)).toMatchObject({ matched: true, score: 3.5 });
  });

  it('weighs by learned weights when the topic has them', () => {
    const entry = {
      title: 'Pensioner charged with treason',
      text: `${PARAGRAPHS}\nShe was later jailed.`,
    };
    expect(explainMatch(entry, topic).matched).toBe(false);
    const learned = withWeights(topic, { charge: 1 }, { examples: 10, positives: 4 });
    expect(explainMatch(entry, learned)).toMatchObject({ matched: true, score: 3.5 });
    expect(learned.learned).toEqual({ examples: 10, positives: 4 });
  });
});

describe('labels a user taught', () => {
  const topic = compileTopic(PRISONERS);
  const out = { title: 'Pensioner charged with treason', text: PARAGRAPHS };
  const inside = { title: 'Political prisoner freed', text: PARAGRAPHS };

  it('decide for their own entry, whatever its score, and say so', () => {
    const pinned = withPins(
      topic,
      new Map([
        [pinKey(out), true],
        [pinKey(inside), false],
      ]),
    );
    expect(explainMatch(out, pinned)).toMatchObject({ matched: true, taught: true });
    expect(explainMatch(out, pinned).terms[0]).toBe('taught: yes');
    expect(explainMatch(inside, pinned)).toMatchObject({ matched: false, taught: false });
    expect(classifyEntry(out, [pinned]).map((m) => m.topicId)).toEqual(['pp']);
    expect(classifyEntry(inside, [pinned])).toEqual([]);
  });

  it('do not touch other entries, nor an entry whose text changed since', () => {
    const pinned = withPins(topic, new Map([[pinKey(out), true]]));
    expect(explainMatch({ ...out, text: `${PARAGRAPHS} Updated.` }, pinned).matched).toBe(false);
    expect(explainMatch(inside, pinned).taught).toBeUndefined();
  });
});
