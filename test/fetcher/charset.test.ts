import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, parseContentTypeCharset } from '../../src/fetcher/charset.js';

const json = '{"version":"https://jsonfeed.org/version/1.1","title":"Навіны"}';

describe('decodeFeedBytes', () => {
  it.each(['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'])(
    'reads JSON in %s without a BOM',
    (encoding) => {
      const result = decodeFeedBytes(
        iconv.encode(json, encoding, { addBOM: false }),
        'application/feed+json',
      );
      expect(result).toEqual({ text: json, encoding });
    },
  );

  it('ignores a legacy charset label on valid UTF-8 JSON', () => {
    const result = decodeFeedBytes(Buffer.from(json), 'application/json; charset=windows-1251');
    expect(result).toEqual({ text: json, encoding: 'utf-8' });
  });

  it('keeps UTF-8 when one stray byte is invalid', () => {
    const bytes = Buffer.concat([
      Buffer.from('<rss><title>Привет, мир — ‘новости’'),
      Buffer.from([0xa9]),
      Buffer.from('</title></rss>'),
    ]);
    const result = decodeFeedBytes(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toContain('Привет, мир — ‘новости’\uFFFD');
  });

  it('sniffs windows-1252 for accented Latin text without a declaration', () => {
    const text = '<rss><title>Café, Zürich, São Paulo – “quotes” €5</title></rss>';
    expect(decodeFeedBytes(iconv.encode(text, 'windows-1252'))).toEqual({
      text,
      encoding: 'windows-1252',
    });
  });

  it('removes the BOM and the XML declaration encoding', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`<?xml version="1.0" encoding='utf-8' standalone="yes"?><rss/>`),
    ]);
    expect(decodeFeedBytes(bytes).text).toBe('<?xml version="1.0" standalone="yes"?><rss/>');
  });

  it('falls back from an unknown declared encoding to the bytes', () => {
    const bytes = iconv.encode(
      '<?xml version="1.0" encoding="bogus"?><rss><title>Минск</title></rss>',
      'win1251',
    );
    expect(decodeFeedBytes(bytes)).toMatchObject({ encoding: 'windows-1251' });
  });
});

describe('parseContentTypeCharset', () => {
  it('reads quoted, spaced and bogus charset parameters', () => {
    expect(parseContentTypeCharset("application/atom+xml;charset='us-ascii'")).toBe('us-ascii');
    expect(parseContentTypeCharset('text/xml;charset = "KOI8-R"')).toBe('koi8-r');
    expect(parseContentTypeCharset('text/xml; charset:iso-8859-1')).toBeUndefined();
    expect(parseContentTypeCharset('text/xml;')).toBeUndefined();
  });
});

describe('newsroom corpus', () => {
  const file = path.resolve(import.meta.dirname, '../fixtures/newsroom/polesie-news.xml');

  it.each([undefined, 'application/rss+xml; charset=utf-8'])(
    'decodes the windows-1251 Polesie feed (Content-Type %s)',
    (contentType) => {
      const result = decodeFeedBytes(readFileSync(file), contentType);
      expect(result.encoding).toBe('windows-1251');
      expect(result.text).toContain('<title>Полесские новости</title>');
      expect(result.text).not.toContain('\uFFFD');
    },
  );
});
