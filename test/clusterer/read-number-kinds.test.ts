import { describe, expect, it } from 'vitest';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { numberKindsConflict, readNumberKinds } from '../../src/clusterer/read-number-kinds.js';
import { featuresOf } from './make-entry.js';

/* Made-up places, people and events. */
describe('readNumberKinds', () => {
  it('reads durations, ages, percentages, magnitudes, ordinals, money and sizes by their unit', () => {
    expect(readNumberKinds('Vardo gets power back after six-hour blackout', 8)).toEqual([
      'hours=6',
    ]);
    expect(readNumberKinds('Варда на шесть часов осталась без света', 8)).toEqual(['hours=6']);
    expect(readNumberKinds('Варда засталася без святла на шэсць гадзін', 8)).toEqual(['hours=6']);
    expect(readNumberKinds('Vardo court jails blogger for 12 years', 8)).toEqual(['term=12']);
    expect(readNumberKinds('В Варде медсёстры начали трёхдневную забастовку', 8)).toEqual([
      'days=3',
    ]);
    expect(readNumberKinds('Court jails 67-year-old pensioner in Brellin', 8)).toEqual(['age=67']);
    expect(readNumberKinds('Divers find 17th-century trader off Merrow Point', 8)).toEqual([
      'age=17',
    ]);
    expect(readNumberKinds('Vardo bank holds rates at 3.5% in split vote', 8)).toEqual([
      'percent=3.5',
    ]);
    expect(readNumberKinds('Inflation in Vardo rises to 5,2 процента', 8)).toEqual(['percent=5.2']);
    expect(readNumberKinds('Землетрясение магнитудой 5,9 в Варде', 8)).toEqual(['magnitude=5.9']);
    expect(readNumberKinds('A 5.9-magnitude quake hits Vardo', 8)).toEqual(['magnitude=5.9']);
    expect(readNumberKinds('Jailed Vardo activist on 21st day of hunger strike', 8)).toEqual([
      'ordinal=21',
    ]);
    expect(readNumberKinds('Jailed for 60 roubles: Vardo teacher sentenced', 8)).toEqual([
      'money=60',
    ]);
    expect(readNumberKinds('Copper hits record above $13,400 a tonne', 8)).toEqual(['money=13400']);
    expect(readNumberKinds('Vardo fire spreads to 3,400 hectares', 8)).toEqual(['size=3400']);
  });

  it('reads no kind for a count, nor an ordinal ending that stands apart', () => {
    expect(readNumberKinds('Storm leaves 280,000 without power in Vardo', 8)).toEqual([]);
    expect(readNumberKinds('Three Vardo reporters sentenced', 8)).toEqual([]);
    expect(readNumberKinds('Vardo 2 th Brellin', 8)).toEqual([]);
  });
});

describe('numberKindsConflict', () => {
  it('holds only between numbers of one kind, none alike', () => {
    expect(numberKindsConflict(['6'], ['hours=6'], ['280000'], [])).toBe(false);
    expect(numberKindsConflict(['72'], ['hours=72'], ['3'], ['days=3'])).toBe(false);
    expect(numberKindsConflict(['3.5'], ['percent=3.5'], ['3'], [])).toBe(false);
    expect(numberKindsConflict(['67'], ['age=67'], ['5', '66mo'], [])).toBe(false);
    expect(numberKindsConflict(['22'], [], ['37'], [])).toBe(true);
    expect(numberKindsConflict(['6'], ['hours=6'], ['8'], ['hours=8'])).toBe(true);
    // A term is compared in months: one year ("12mo") is not twelve ("12", "144mo").
    expect(numberKindsConflict(['12mo'], [], ['12', '144mo'], ['term=12'])).toBe(true);
    expect(numberKindsConflict(['5', '66mo'], [], ['66mo'], [])).toBe(false);
  });

  it('reads a rounded number of a hundred or more, or a whole percentage, as the exact one', () => {
    expect(numberKindsConflict(['400'], [], ['412'], [])).toBe(false);
    expect(numberKindsConflict(['4000'], [], ['4200'], [])).toBe(false);
    expect(numberKindsConflict(['13400'], ['money=13400'], ['13452'], ['money=13452'])).toBe(false);
    expect(numberKindsConflict(['3'], ['percent=3'], ['3.1'], ['percent=3.1'])).toBe(false);
    // Small counts are told exactly, rates to their last digit, and 40,000 is no 1,000.
    expect(numberKindsConflict(['10'], [], ['12'], [])).toBe(true);
    expect(numberKindsConflict(['3.25'], [], ['3.27'], [])).toBe(true);
    expect(numberKindsConflict(['40000'], [], ['1000'], [])).toBe(true);
  });

  it('keeps a duration and a count of one event from conflicting as headline numbers', () => {
    const blackout = featuresOf(
      'Substation fire leaves 280,000 without power in Vardo',
      'A fire at a substation cut power to 280,000 people in Vardo on Monday.',
    );
    const restored = featuresOf(
      'Vardo without power for six hours after substation fire',
      'Power returned to Vardo after a six-hour blackout caused by a substation fire.',
    );
    const other = featuresOf(
      'Substation fire leaves 40,000 without power in Vardo',
      'A fire at a substation cut power to 40,000 people in Vardo on Monday.',
    );
    expect(measurePair(blackout, restored).numberConflict).toBe(0);
    expect(measurePair(blackout, other).numberConflict).toBe(1);
  });
});
