import { describe, expect, it } from 'vitest';
import { decodeTitle, htmlToText } from '../../src/normalizer/html-to-text.js';

describe('htmlToText', () => {
  it('puts blocks on their own lines and collapses whitespace inside them', () => {
    expect(htmlToText('<p>One\n  two</p><p>Three<br>four</p>')).toBe('One two\nThree\nfour');
  });

  it('decodes named and numeric entities; a no-break space collapses like any space', () => {
    expect(htmlToText('a &amp; b &rsquo; &#8212; &#x41; &nbsp;c &bogus;')).toBe(
      'a & b ’ — A c &bogus;',
    );
  });

  it('drops script, style and comments with their content', () => {
    expect(htmlToText('a<script>x<y</script>b<style>p{}</style>c<!-- hidden -->d')).toBe('abcd');
  });

  it('keeps a quoted > inside an attribute out of the text', () => {
    expect(htmlToText('<a title="x > y">link</a>')).toBe('link');
  });

  it('keeps a lone < as text, and a tag that never closes as text', () => {
    expect(htmlToText('1 < 2')).toBe('1 < 2');
    expect(htmlToText('a <b unclosed')).toBe('a <b unclosed');
  });

  it('handles large pathological input (no nested-quantifier regex)', () => {
    const hostile = '<a "'.repeat(20_000) + '&amp'.repeat(20_000) + '<!--'.repeat(20_000);
    expect(typeof htmlToText(hostile)).toBe('string');
  });
});

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
