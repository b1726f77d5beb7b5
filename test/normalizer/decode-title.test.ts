import { describe, expect, it } from 'vitest';
import { decodeTitle } from '../../src/normalizer/decode-title.js';

describe('decodeTitle', () => {
  it.each([
    ['AT&amp;amp;T', 'AT&T'],
    ['Tom &amp;amp;amp; Jerry', 'Tom & Jerry'],
    ['It&amp;#8217;s here', 'It’s here'],
    ['<b>Breaking</b> news', 'Breaking news'],
    ['safe<script>alert(1)</script> description', 'safe description'],
    ['  many\n  spaces\t here ', 'many spaces here'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['Plain title', 'Plain title'],
  ])('decodes %j', (raw, expected) => {
    expect(decodeTitle(raw)).toBe(expected);
  });
});
