import { describe, expect, it } from 'vitest';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { featuresOf } from './make-entry.js';

/* Made-up people, firms and places. */
describe('headline numbers the leads give', () => {
  const rounded = featuresOf(
    'Poet gets 5 years in prison for a song about the war',
    'A court in Varda has sent him away for 5.5 years over lyrics about the front.',
  );
  const exact = featuresOf(
    'Varda poet jailed for 5.5 years over anti-war songs',
    'The court found Ivo Marsh guilty of spreading fakes about the army.',
  );
  const otherTerm = featuresOf(
    'Varda poet jailed for 7.5 years over anti-war songs',
    'The court found Ivo Marsh guilty of spreading fakes about the army.',
  );

  it('reads a headline that rounds what its own lead gives as agreeing with the exact one', () => {
    expect(measurePair(rounded, exact).numberConflict).toBe(0);
    expect(measurePair(exact, rounded).numberConflict).toBe(0);
  });

  it('still has a conflict when the lead gives another number than the other headline', () => {
    expect(measurePair(rounded, otherTerm).numberConflict).toBe(1);
  });

  const fine = featuresOf(
    'Fish farmer fined over escape of 52,000 salmon',
    'The company was ordered to pay 14 million crowns after 52,000 salmon escaped from a pen.',
  );
  const escaped = featuresOf(
    'Nordlaks fined NOK 14m for salmon escape',
    'The directorate fined the firm NOK 14 million after some 52,000 salmon escaped.',
  );
  const otherFine = featuresOf(
    'Nordlaks fined NOK 9m for salmon escape',
    'The directorate fined the firm NOK 9 million after some 30,000 salmon escaped.',
  );

  it('reads two headlines that each lead gives in full as agreeing', () => {
    expect(measurePair(fine, escaped).numberConflict).toBe(0);
  });

  it('does not take one lead giving the other headline number, far from its own, for agreement', () => {
    const weather = featuresOf('Forecast for 8 November', 'Up to 16 degrees in the south.');
    const later = featuresOf('Forecast for 16 November', 'Frost at night, rain by noon.');
    expect(measurePair(weather, later).numberConflict).toBe(1);
    expect(measurePair(fine, otherFine).numberConflict).toBe(1);
  });
});
