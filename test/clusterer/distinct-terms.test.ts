import { describe, expect, it } from 'vitest';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { featuresOf } from './make-entry.js';

// What copies must agree on (distinctMissing) is who, where and how many: a rewrite keeps those
// and changes the rest of the headline's words.
describe('the distinctive terms of a headline', () => {
  const report = featuresOf(
    'Storm Orlena slams into the Vardo coast',
    'Storm Orlena made landfall near Vardo on Sunday, and about 20,000 homes lost power.',
  );
  const rewrite = featuresOf(
    'Vardo: Storm Orlena leaves 20,000 homes without power',
    'The storm reached the Vardo coast on Sunday night.',
  );

  it('are its names and numbers, not the words a rewrite changes ("slams")', () => {
    expect(report.titleNameTerms.length).toBeGreaterThan(0);
    expect(report.titleTerms).toContain('w:slam');
    expect(report.titleNameTerms).not.toContain('w:slam');
    expect(measurePair(report, rewrite).distinctMissing).toBe(0);
  });

  it('count against a pair when the other side never says them', () => {
    const other = featuresOf(
      'Storm Belka slams into the Tarn coast',
      'Storm Belka made landfall near Tarn on Sunday, and about 8,000 homes lost power.',
    );
    expect(measurePair(report, other).distinctMissing).toBe(1);
    const otherTown = featuresOf(
      'Storm Orlena slams into the Tarn coast',
      'Storm Orlena made landfall near Tarn on Sunday.',
    );
    const missing = measurePair(report, otherTown).distinctMissing;
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(1);
  });

  it('are not weighed across languages, where a name may be spelled past its skeleton', () => {
    const russian = featuresOf(
      'Шторм «Бялка» обрушился на побережье Тарна',
      'Шторм вышел на берег у Тарна в воскресенье, без света остались 8 тысяч домов.',
    );
    expect(measurePair(report, russian).distinctMissing).toBe(0);
  });
});
