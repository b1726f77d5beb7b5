import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/normalizer/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['Суд у Гомелі прызначыў фатографу чатыры гады зняволення', 'be'],
    ['Суд в Гомеле приговорил фотографа к четырём годам заключения', 'ru'],
    ['Суд у Гомелі призначив фотографу чотири роки; її родина обурена', 'uk'],
    ['A court in Gomel sentenced a photographer', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('uses the declared language for Latin text when it is not a Cyrillic one', () => {
    expect(detectLanguage('Ein Gericht in Gomel', 'de-DE')).toBe('de');
    expect(detectLanguage('A court in Gomel', 'ru')).toBe('en');
  });

  it('returns the declared language, or nothing, for text in neither script', () => {
    expect(detectLanguage('2025 — 12:00', 'pl')).toBe('pl');
    expect(detectLanguage('東京')).toBeUndefined();
  });
});
