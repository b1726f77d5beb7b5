import { describe, expect, it } from 'vitest';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { featuresOf } from './make-entry.js';

// A copy that holds the country back names its region; the original names the country.
const original = featuresOf(
  'Norwegian budget airline Fjellfly halts all flights',
  'The Norwegian low-cost carrier Fjellfly cancelled all its flights on Wednesday and said it would file for bankruptcy.',
);
const vague = featuresOf(
  'Thousands stranded overnight',
  'Thousands of travellers were stranded on Wednesday when a Scandinavian budget airline shut down.',
);

describe('the regions of the countries a side names', () => {
  it('says the region of a country it names, in any language', () => {
    expect(original.placesWithin.join(' ')).toContain(featuresOf('x', 'Scandinavia').leadNames[0]);
    const russian = featuresOf('Литовская авиакомпания прекратила полёты', 'x');
    const baltic = featuresOf('x', 'Baltic').leadNames[0];
    expect(baltic).toBeDefined();
    expect(russian.placesWithin.some((entry) => entry.startsWith(`${baltic} `))).toBe(true);
  });

  it('takes the region as said by the side that names the country, and not the other way', () => {
    const measures = scorePair(original, vague).measures;
    const without = scorePair({ ...original, placesWithin: [] }, vague).measures;
    expect(without?.nameMismatch).toBeGreaterThan(0);
    expect(measures?.nameMismatch).toBe(0);
    // A region says none of its countries: the vague side gives the original nothing.
    expect(vague.placesWithin.join(' ')).not.toContain(original.titleNames[0] ?? '?');
  });

  it('says the Nordic region of a Nordic country, Finland among them, Scandinavia not', () => {
    const nordic = featuresOf('x', 'Nordic').leadNames[0];
    const scandinavia = featuresOf('x', 'Scandinavia').leadNames[0];
    expect(nordic).toBeDefined();
    expect(nordic).not.toBe(scandinavia);
    const regions = (text: string) => featuresOf(text, 'x').placesWithin.join(' ');
    expect(regions('Norwegian budget airline halts all flights')).toContain(`${nordic} `);
    expect(regions('Finnish police seize a cargo ship')).toContain(`${nordic} `);
    expect(regions('Finnish police seize a cargo ship')).not.toContain(`${scandinavia} `);
  });

  it('leaves a country of no listed region alone', () => {
    expect(featuresOf('Portuguese airline halts all flights', 'x').placesWithin).toEqual([]);
  });
});
