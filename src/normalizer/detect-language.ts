const SAMPLE_LENGTH = 4000;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Belarusian, Russian or Ukrainian from the letters only one of them uses. */
function detectCyrillicLanguage(text: string): string {
  const ukrainian = countMatches(text, /[єїґ]/g);
  const belarusian = countMatches(text, /[ўі]/g) + countMatches(text, /ў/g);
  const russian = countMatches(text, /[ищъ]/g);
  if (ukrainian > 0 && ukrainian * 4 >= countMatches(text, /ў/g)) return 'uk';
  return belarusian > russian ? 'be' : 'ru';
}

/** The primary subtag of a declared language (`en-US` → `en`), if it looks like one. */
function readDeclaredLanguage(declared?: string): string | undefined {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/**
 * The language of a text from its script: Cyrillic is told apart as `be` (і ў), `ru` (и щ ъ) or
 * `uk` (є ї ґ); Latin text is the declared language, else `en`. Undefined when neither script.
 */
export function detectLanguage(text: string, declared?: string): string | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH).toLowerCase();
  const cyrillic = countMatches(sample, /[\u0400-\u04ff]/g);
  const latin = countMatches(sample, /[a-z\u00c0-\u024f]/g);
  if (cyrillic === 0 && latin === 0) return readDeclaredLanguage(declared);
  if (cyrillic > latin) return detectCyrillicLanguage(sample);
  const declaredLanguage = readDeclaredLanguage(declared);
  return declaredLanguage && !['ru', 'be', 'uk'].includes(declaredLanguage)
    ? declaredLanguage
    : 'en';
}
