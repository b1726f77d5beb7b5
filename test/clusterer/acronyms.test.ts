import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { makeEntry } from './make-entry.js';

function headlineCross(title: string): string[] {
  return fingerprintEntry(makeEntry({ title, text: '' })).features.titleCross;
}

describe('acronyms of the news lexicon', () => {
  it('reads an acronym and its translation as one concept', () => {
    for (const [a, b] of [
      ['IAEA inspectors arrive', 'Инспекторы МАГАТЭ прибыли'],
      ['NATO allies meet', 'Саюзнікі па НАТА сустрэліся'],
      ['EU envoys meet', 'Паслы ЕЎ сустрэліся'],
      ['Interior ministry denies it', 'В МВД это отрицают'],
      ['Election commission counts votes', 'ЦИК подсчитал голоса'],
    ])
      expect(
        headlineCross(a as string).filter((t) => headlineCross(b as string).includes(t)),
      ).not.toEqual([]);
    expect(headlineCross('IAEA inspectors arrive')).toContain('c:atomic-agency');
    expect(headlineCross('Инспекторы МАГАТЭ прибыли')).toContain('c:atomic-agency');
  });

  it('reads a nuclear power plant acronym as the nuclear concept', () => {
    expect(headlineCross('Энергоблок АЭС остановлен')).toContain('c:nuclear');
    expect(headlineCross('NPP unit halted')).toContain('c:nuclear');
  });

  it('reads a clipped country and an acronym written as one word as both', () => {
    const cross = headlineCross('Энергоблок ЛитАЭС остановлен');
    expect(cross).toEqual(expect.arrayContaining(['c:lithuania', 'c:nuclear']));
    expect(headlineCross('Lithuania nuclear plant unit halted')).toEqual(
      expect.arrayContaining(['c:lithuania', 'c:nuclear']),
    );
  });

  it('leaves a word whole when its head stands for no one concept', () => {
    expect(headlineCross('Энергоблок ЗюзАЭС остановлен')).not.toContain('c:nuclear');
  });
});
