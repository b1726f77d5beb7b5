import { describe, expect, it } from 'vitest';
import { decideOnMeasures, KEPT_APART_SCORE } from '../../src/clusterer/decide-on-measures.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import type { PairMeasures } from '../../src/clusterer/pair-measures.js';
import { SHIPPED_PAIR_MODEL } from '../../src/clusterer/pair-model.js';
import { contestsDiffer, readContests } from '../../src/clusterer/read-contests.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { clusterInMemory } from '../helpers/cluster-in-memory.js';
import { makeEntry } from './make-entry.js';

// Athletes, venues and results are made up.
describe('readContests', () => {
  it('reads the discipline, round and category a headline names, in English, Russian and Belarusian', () => {
    expect(readContests('Marova overhauls Tilde to take Valby pursuit')).toEqual([
      'discipline:pursuit',
    ]);
    expect(readContests('Tilde wins women’s sprint in Valby')).toEqual([
      'category:women',
      'discipline:sprint',
    ]);
    expect(readContests('Белоруска выиграла гонку преследования в Валби')).toEqual([
      'discipline:pursuit',
    ]);
    expect(readContests('«Нёман» абыграў «Юнацтва» ў паўфінале')).toEqual(['round:semi-final']);
  });

  it('reads a form of two words before the word it holds: a giant slalom is no slalom', () => {
    expect(readContests('Aasberg wins giant slalom in Solden')).toEqual([
      'discipline:giant-slalom',
    ]);
    expect(readContests('Гигантский слалом в Зёльдене выиграл Аасберг')).toEqual([
      'discipline:giant-slalom',
    ]);
  });

  it('reads a way into the final as the round before it, a medal and the final itself as the final', () => {
    expect(readContests('Аліна Ведрык выйшла ў алімпійскі фінал з лепшым часам')).toEqual([
      'round:semi-final',
    ]);
    expect(readContests('Ведрик вышла в финал на 500 метров')).toEqual(['round:semi-final']);
    expect(readContests('Vedrik reaches the K1 500m final')).toEqual(['round:semi-final']);
    expect(readContests('Брестчанка Алина Ведрик завоевала олимпийское серебро')).toEqual([
      'round:final',
    ]);
    expect(readContests('Vedrik takes kayak silver in Valby')).toEqual(['round:final']);
    expect(readContests('Tane edges Vedrik in thrilling K1 500m final')).toEqual(['round:final']);
    expect(readContests('Ведрык другая ў фінале')).toEqual(['round:final']);
    // In English "final" is as often an adjective: alone it names no round.
    expect(readContests('Parliament has the final say on the budget')).toEqual([]);
    expect(
      contestsDiffer(readContests('Ведрик вышла в финал'), readContests('Ведрик — серебро')),
    ).toBe(true);
  });

  it('reads nothing in a headline of no contest', () => {
    expect(readContests('Parliament passes the budget in a late-night vote')).toEqual([]);
  });
});

describe('contestsDiffer', () => {
  it('tells two contests of one axis apart', () => {
    expect(contestsDiffer(['discipline:pursuit'], ['discipline:sprint'])).toBe(true);
    expect(contestsDiffer(['category:women'], ['category:men'])).toBe(true);
  });

  it('says nothing of contests on different axes, of a headline naming one of the other, or of none', () => {
    expect(contestsDiffer(['category:women'], ['discipline:sprint'])).toBe(false);
    expect(
      contestsDiffer(['discipline:super-g', 'discipline:downhill'], ['discipline:downhill']),
    ).toBe(false);
    expect(contestsDiffer([], ['discipline:sprint'])).toBe(false);
  });
});

describe('two contests of one meet', () => {
  const sprint = makeEntry({
    title: 'Tilde wins Valby sprint despite a miss',
    url: 'https://one.example/sprint',
    publishedAt: '2027-03-06T15:00:00Z',
    text: "Norway's Sigrun Tilde won the women's World Cup sprint in Valby on Saturday, beating Germany's Lena Marova by 14.2sec. Latvia's Elza Ozola was third.",
  });
  const pursuit = makeEntry({
    title: 'Marova overhauls Tilde to take Valby pursuit',
    url: 'https://two.example/pursuit',
    publishedAt: '2027-03-07T15:00:00Z',
    text: "A day after finishing second in the sprint, Germany's Lena Marova won the pursuit in Valby on Sunday, catching the sprint winner Sigrun Tilde on the final lap. Latvia's Elza Ozola, third on Saturday, dropped to 11th.",
  });

  it('are measured as a conflict, and the rule keeps them apart however sure the model is', () => {
    const measures = scorePair(
      fingerprintEntry(sprint).features,
      fingerprintEntry(pursuit).features,
    ).measures as PairMeasures;
    expect(measures.contestConflict).toBe(1);
    const sure = { bias: 10, weights: SHIPPED_PAIR_MODEL.weights };
    expect(decideOnMeasures(sure, { ...measures, contestConflict: 0 }).score).toBeGreaterThan(0.9);
    const decided = decideOnMeasures(sure, measures);
    expect(decided.score).toBe(KEPT_APART_SCORE);
    expect(decided.signals[0]).toBe('other-contests');
  });

  it('while two reports of the one sprint are one story', () => {
    const rewrite = makeEntry({
      title: 'Norway’s Tilde takes Valby sprint as Marova finishes second',
      url: 'https://three.example/sprint',
      publishedAt: '2027-03-06T16:30:00Z',
      text: "Sigrun Tilde of Norway won the World Cup sprint in Valby on Saturday despite one penalty loop, 14.2 seconds ahead of Lena Marova of Germany, with Latvia's Elza Ozola third.",
    });
    const measures = scorePair(
      fingerprintEntry(sprint).features,
      fingerprintEntry(rewrite).features,
    ).measures;
    expect(measures?.contestConflict).toBe(0);
    const [first, second] = clusterInMemory([sprint, rewrite]);
    expect(second?.storyId).toBe(first?.storyId);
  });
});
