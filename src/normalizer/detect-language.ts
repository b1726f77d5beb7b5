const SAMPLE_LENGTH = 4000;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Cyrillic letters (U+0400–U+04FF) and Latin ones (a–z, U+00C0–U+024F) of a lower-cased text. */
function countScripts(text: string): { cyrillic: number; latin: number } {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) cyrillic++;
    else if ((code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) latin++;
  }
  return { cyrillic, latin };
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
  const { cyrillic, latin } = countScripts(sample);
  if (cyrillic === 0 && latin === 0) return readDeclaredLanguage(declared);
  if (cyrillic > latin) return detectCyrillicLanguage(sample);
  const declaredLanguage = readDeclaredLanguage(declared);
  return declaredLanguage && !['ru', 'be', 'uk'].includes(declaredLanguage)
    ? declaredLanguage
    : 'en';
}
