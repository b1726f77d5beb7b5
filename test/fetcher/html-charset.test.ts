import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/fetcher/html-charset.js';

const miniflux = path.resolve(import.meta.dirname, '../fixtures/corpus/miniflux/encoding/testdata');
const cyrillic = 'Суд рассмотрел дело в закрытом режиме, приговор ещё не вступил в силу.';

function page(head: string, body = cyrillic): string {
  return `<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
}

function encode(text: string, charset: string): Buffer {
  return iconv.encode(text, charset);
}

describe('decodeHtmlBytes', () => {
  it.each([
    ['<meta charset="windows-1251">'],
    ["<meta charset='windows-1251'>"],
    ['<meta charset=windows-1251>'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'],
    ['<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=windows-1251">'],
    ['<meta name="viewport" content="width=device-width"><meta charset="cp1251">'],
  ])('reads the charset of %s', (head) => {
    const decoded = decodeHtmlBytes(encode(page(head), 'windows-1251'), 'text/html');
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toContain(cyrillic);
  });

  it('prefers the HTTP charset to the page’s <meta>', () => {
    const bytes = encode(page('<meta charset="utf-8">'), 'koi8-r');
    const decoded = decodeHtmlBytes(bytes, 'text/html; charset=KOI8-R');
    expect(decoded.encoding).toBe('koi8-r');
    expect(decoded.text).toContain(cyrillic);
  });

  it('ignores a <meta> inside a comment', () => {
    const head = '<!-- <meta charset="iso-8859-2"> --><meta charset="windows-1251">';
    expect(decodeHtmlBytes(encode(page(head), 'windows-1251')).encoding).toBe('windows-1251');
  });

  it('reads valid UTF-8 as UTF-8 whatever single-byte charset the page claims', () => {
    const decoded = decodeHtmlBytes(Buffer.from(page('<meta charset="iso-8859-1">')), 'text/html');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain(cyrillic);
  });

  it('takes a declared UTF-16 to mean UTF-8, as browsers do', () => {
    const decoded = decodeHtmlBytes(Buffer.from(page('<meta charset="utf-16">')));
    expect(decoded.encoding).toBe('utf-8');
  });

  it('sniffs windows-1251 when nothing is declared and the bytes are not UTF-8', () => {
    const decoded = decodeHtmlBytes(encode(page(''), 'windows-1251'), 'text/html');
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toContain(cyrillic);
  });

  it('drops a byte order mark and follows it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(''))]);
    const decoded = decodeHtmlBytes(bytes, 'text/html; charset=windows-1251');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it.each([
    ['utf8.html', 'text/html'],
    ['utf8-meta-after-1024.html', 'text/html'],
    ['iso-8859-1-meta-after-1024.html', 'text/html'],
  ])("decodes miniflux's %s (%s)", (file, contentType) => {
    const decoded = decodeHtmlBytes(readFileSync(path.join(miniflux, file)), contentType);
    expect(decoded.text).toContain('Café');
  });
});
