import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/normalizer/repair-mojibake.js';

describe('repairMojibake', () => {
  it.each([
    ['Hereâ€™s what you need to know', 'Here’s what you need to know'],
    ['communiquÃ©', 'communiqué'],
    ['a cautious dÃ©tente', 'a cautious détente'],
    ['â€œI was freeâ€ he said', '“I was free” he said'],
    ['Ð‘ÐµÐ»Ð°Ñ€ÑƒÑÑŒ', 'Беларусь'],
    ['Ð‘ÐµÐ»Ð°Ñ€ÑƒÑ\u0081ÑŒ', 'Беларусь'],
    ['isn\u00e2\u0080\u0099t (latin-1 reading)', 'isn’t (latin-1 reading)'],
    ['Â£30 million', '£30 million'],
    ['ðŸ™‚ emoji', '🙂 emoji'],
  ])('repairs %j', (damaged, repaired) => {
    expect(repairMojibake(damaged)).toBe(repaired);
  });

  it.each([
    'Here’s what you need to know',
    'Беларусь і Расія',
    'NÃO (Portuguese capitals)',
    'Ñandú, España, Ðakovo',
    'Café — “quoted” … ©2025 ±3 °C',
    'Â',
    '',
  ])('leaves correct text %j unchanged', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('guesses a dropped byte only in text that holds a certain repair', () => {
    expect(repairMojibake('Ñ and â€ alone')).toBe('Ñ and â€ alone');
    expect(repairMojibake('â€œquotedâ€ and Ã©')).toBe('“quoted” and é');
  });

  it('repairs a sequence that follows accented letters which are not one', () => {
    expect(repairMojibake('Café, España: Hereâ€™s')).toBe('Café, España: Here’s');
    expect(repairMojibake('Café, Ñandú and â€ alone')).toBe('Café, Ñandú and â€ alone');
  });
});
