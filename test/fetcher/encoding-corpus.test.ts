import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../src/fetcher/charset.js';
import { fetchFeed } from '../../src/fetcher/fetch-feed.js';
import { type CaseVerdict, checkEncodingCase, readEncodingCase } from './encoding-case.js';
import { testFetchOptions as opts } from './fetch-options.js';
import { type Route, type ScriptedServer, startScriptedServer } from './start-scripted-server.js';

const corpus = path.resolve(import.meta.dirname, '../fixtures/corpus');
const feedparserDir = path.join(corpus, 'feedparser/encoding');
const files = readdirSync(feedparserDir).filter((name) => name.endsWith('.xml'));
let server: ScriptedServer;

function serveBytes(bytes: Buffer, contentType: string): Route {
  return (_req, res) => res.writeHead(200, { 'content-type': contentType }).end(bytes);
}

beforeAll(async () => {
  const routes = files
    .filter((name) => name.includes('http'))
    .map((name) => {
      const bytes = readFileSync(path.join(feedparserDir, name));
      const { headers } = readEncodingCase(bytes);
      const contentType = headers['content-type'] ?? 'text/xml';
      return [`/tests/encoding/${name}`, serveBytes(bytes, contentType)] as const;
    });
  server = await startScriptedServer(Object.fromEntries(routes));
});
afterAll(() => server.close());

async function fetchCase(name: string): Promise<string> {
  const url = name.includes('http')
    ? server.url(`/tests/encoding/${name}`)
    : pathToFileURL(path.join(feedparserDir, name)).href;
  const result = await fetchFeed({ url }, opts);
  if (result.kind !== 'fetched') throw new Error(`no body for ${name}`);
  return decodeFeedBytes(result.bytes, result.contentType).text;
}

describe('feedparser encoding suite', () => {
  it('decodes every case, and at least 69 of the 71 checkable ones to the expected text', async () => {
    const verdicts: Array<CaseVerdict & { name: string }> = [];
    for (const name of files) {
      const bytes = readFileSync(path.join(feedparserDir, name));
      const verdict = checkEncodingCase(bytes, readEncodingCase(bytes), await fetchCase(name));
      verdicts.push({ name, ...verdict });
    }
    const checked = verdicts.filter((v) => v.checked);
    const failed = checked.filter((v) => !v.passed).map((v) => `${v.name}: ${v.how}`);
    const unchecked = verdicts.filter((v) => !v.checked).map((v) => `${v.name}: ${v.how}`);
    console.info(
      `feedparser encoding: ${checked.length - failed.length}/${checked.length} decode as expected`,
      { failed, unchecked },
    );
    expect(checked.length - failed.length).toBeGreaterThanOrEqual(69);
  });
});

describe('feedparser chardet cases (no declaration at all)', () => {
  it('sniffs KOI8-R; other undeclared legacy charsets are out of scope', () => {
    const dir = path.join(corpus, 'feedparser/illformed/chardet');
    const names = readdirSync(dir);
    const hits = names.filter((name) => {
      const bytes = readFileSync(path.join(dir, name));
      const expected = /encoding == '([^']+)'/.exec(readEncodingCase(bytes).expect)?.[1];
      return decodeFeedBytes(bytes).encoding === expected?.toLowerCase();
    });
    console.info(`feedparser chardet: ${hits.length}/${names.length} sniffed`, hits);
    expect(hits).toContain('koi8r.xml');
  });
});

const miniflux = path.join(corpus, 'miniflux');
const minifluxCases: Array<[string, string | undefined, string[]]> = [
  ['encoding/testdata/utf8.xml', undefined, ['Café']],
  ['encoding/testdata/iso-8859-1.xml', undefined, ['Café']],
  ['encoding/testdata/iso-8859-1.xml', 'text/html; charset=ISO-8859-1', ['Café']],
  ['encoding/testdata/windows-1252.xml', undefined, ['Euro €']],
  ['encoding/testdata/invalid-prolog.xml', undefined, ['Café']],
  ['encoding/testdata/utf8-incorrect-prolog.xml', undefined, ['Café']],
  ['encoding/testdata/windows-1252-incorrect-prolog.xml', undefined, ['Euro €']],
  ['encoding/testdata/utf8.html', 'text/html; charset=UTF-8', ['Café']],
  ['encoding/testdata/utf8.html', 'text/html', ['Café']],
  ['encoding/testdata/iso-8859-1-meta-after-1024.html', 'text/html', ['Café']],
  ['encoding/testdata/utf8-meta-after-1024.html', 'text/html', ['Café']],
  [
    'encoding/testdata/koi8r.xml',
    undefined,
    [
      'Пример RSS ленты',
      'Привет мир! Ёжик, чай, Москва, Санкт-Петербург.',
      'Тестовая лента в кодировке KOI8-R',
      'Проверка специальных символов',
    ],
  ],
  ['encoding/testdata/koi8r.xml', 'application/rss+xml; charset=KOI8-R', ['Пример RSS ленты']],
  ['xml/testdata/iso88591.xml', undefined, ['<to>Anaïs</to>', '<from>Jürgen</from>']],
  // Miniflux drops the invalid bytes ("Anas"); sniffing Latin-1 here gives the intended text.
  ['xml/testdata/iso88591_utf8_mismatch.xml', undefined, ['<to>Anaïs</to>']],
  ['xml/testdata/koi8r.xml', undefined, ['Пример RSS ленты', 'Первая новость']],
  ['parser/testdata/encoding_WINDOWS-1251.xml', undefined, ['Новый цитатник Рунета']],
];

describe('miniflux encoding testdata', () => {
  it.each(minifluxCases)('decodes %s (%s)', (file, contentType, expected) => {
    const { text } = decodeFeedBytes(readFileSync(path.join(miniflux, file)), contentType);
    for (const fragment of expected) expect(text).toContain(fragment);
  });
});
