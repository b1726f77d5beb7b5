import { describe, expect, it } from 'vitest';
import { cleanFeedTitle, cleanSiteUrl } from '../../src/normalizer/feed-fields.js';
import { decodeEntities, decodeTitle } from '../../src/normalizer/html-to-text.js';
import { isXmlChar, xmlSafeText } from '../../src/normalizer/xml-safe.js';
import { XML_ILLEGAL_CHAR } from '../helpers/strict-xml.js';

describe('xmlSafeText', () => {
  it('replaces C0 controls (not tab, LF, CR), U+FFFE/U+FFFF and lone surrogates', () => {
    const hostile = 'a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i\tj\nk\rl';
    expect(xmlSafeText(hostile)).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\tj\nk\rl',
    );
    expect(xmlSafeText(hostile, '')).toBe('abcdefghi\tj\nk\rl');
  });

  it('keeps surrogate pairs (astral characters) and returns clean text unchanged', () => {
    const text = 'Мінск 😀 — ok';
    expect(xmlSafeText(text)).toBe(text);
  });

  it('agrees with isXmlChar', () => {
    for (const cp of [0, 1, 8, 0xb, 0x1f, 0xd800, 0xdfff, 0xfffe, 0xffff])
      expect(isXmlChar(cp)).toBe(false);
    for (const cp of [9, 10, 13, 0x20, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff])
      expect(isXmlChar(cp)).toBe(true);
  });
});

describe('character references that name an XML-illegal character', () => {
  it('decode to U+FFFD, in decimal and hex', () => {
    expect(decodeEntities('a&#1;b&#x1F;c&#xFFFE;d&#65535;e&#xD800;f&#9;g')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg',
    );
  });

  it('decode to U+FFFD when double-escaped in a title', () => {
    expect(decodeTitle('x &amp;#1; y &amp;#xFFFF; z')).toBe('x \uFFFD y \uFFFD z');
  });
});

describe('feed-level fields', () => {
  it('a feed title is plain text without illegal characters, capped at 300 characters', () => {
    const raw = `<b>News</b> &amp;#1;\u0002 ${'Я'.repeat(200_000)}`;
    const title = cleanFeedTitle(raw) ?? '';
    expect(title.startsWith('News ')).toBe(true);
    expect(Array.from(title).length).toBe(300);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(XML_ILLEGAL_CHAR);
    expect(cleanFeedTitle('  \u0001 ')).toBeUndefined();
  });

  it('a site URL is kept only as an absolute http(s) URL without credentials', () => {
    expect(cleanSiteUrl('https://news.example/')).toBe('https://news.example/');
    expect(cleanSiteUrl(' http://news.example/a?b=1 ')).toBe('http://news.example/a?b=1');
    expect(cleanSiteUrl('javascript:alert(document.domain)')).toBeUndefined();
    expect(cleanSiteUrl('JavaScript:alert(1)')).toBeUndefined();
    expect(cleanSiteUrl('data:text/html,<script>')).toBeUndefined();
    expect(cleanSiteUrl('/relative/home')).toBeUndefined();
    expect(cleanSiteUrl('file:///etc/passwd')).toBeUndefined();
    expect(cleanSiteUrl('https://user:pass@news.example/')).toBeUndefined();
    expect(cleanSiteUrl(`https://news.example/${'a'.repeat(5000)}`)).toBeUndefined();
  });
});
