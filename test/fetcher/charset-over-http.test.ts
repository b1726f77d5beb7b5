import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../src/fetcher/charset.js';
import { fetchFeed } from '../../src/fetcher/fetch-feed.js';
import { testFetchOptions as opts } from './fetch-options.js';
import { type ScriptedServer, startScriptedServer } from './start-scripted-server.js';

const title = 'Лукашенко помиловал ещё шестнадцать политзаключённых';
const description = 'Правозащитники «Весны» подтвердили освобождение; Вясна: іх выпусцілі.';
const body = (declaration: string) =>
  `<?xml version="1.0"${declaration}?>\n<rss version="2.0"><channel><title>${title}</title>` +
  `<item><description>${description}</description></item></channel></rss>`;
let server: ScriptedServer;

function serve(bytes: Uint8Array, contentType = 'application/rss+xml') {
  return (_req: unknown, res: import('node:http').ServerResponse) =>
    res.writeHead(200, { 'content-type': contentType }).end(bytes);
}

beforeAll(async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(body(''), 'utf-16le')]);
  server = await startScriptedServer({
    '/header-1251': serve(iconv.encode(body(''), 'win1251'), 'text/xml; charset=windows-1251'),
    '/declaration-1251': serve(iconv.encode(body(' encoding="windows-1251"'), 'win1251')),
    '/declaration-koi8': serve(iconv.encode(body(" encoding='KOI8-R'"), 'koi8-r')),
    '/bom-utf8': serve(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body(''))])),
    '/bom-utf16': serve(utf16),
    '/none-1251': serve(iconv.encode(body(''), 'win1251'), 'application/xml'),
    '/none-koi8': serve(iconv.encode(body(''), 'koi8-r'), 'application/xml'),
    '/header-wins': serve(
      iconv.encode(body(' encoding="koi8-r"'), 'win1251'),
      'text/xml; charset=cp1251',
    ),
  });
});
afterAll(() => server.close());

describe('charset decoding over HTTP', () => {
  it.each([
    ['/header-1251', 'windows-1251'],
    ['/declaration-1251', 'windows-1251'],
    ['/declaration-koi8', 'koi8-r'],
    ['/bom-utf8', 'utf-8'],
    ['/bom-utf16', 'utf-16le'],
    ['/none-1251', 'windows-1251'],
    ['/none-koi8', 'koi8-r'],
    ['/header-wins', 'windows-1251'],
  ])('decodes %s as %s', async (route, encoding) => {
    const result = await fetchFeed({ url: server.url(route) }, opts);
    if (result.kind !== 'fetched') throw new Error('expected a body');
    const decoded = decodeFeedBytes(result.bytes, result.contentType);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(title);
    expect(decoded.text.startsWith('<?xml version="1.0"?>')).toBe(true);
  });
});

describe('file: URLs', () => {
  it('reads and decodes a local file with the same cap', async () => {
    const file = path.join(tmpdir(), `topicfeed-fetcher-${process.pid}.xml`);
    await writeFile(file, iconv.encode(body(' encoding="windows-1251"'), 'win1251'));
    const url = pathToFileURL(file).href;
    const result = await fetchFeed({ url }, opts);
    expect(result).toMatchObject({ kind: 'fetched', status: 200, finalUrl: url });
    if (result.kind !== 'fetched') throw new Error('expected a body');
    expect(decodeFeedBytes(result.bytes, result.contentType).encoding).toBe('windows-1251');
    const tooSmall = fetchFeed({ url }, { ...opts, maxBytes: 100 });
    await expect(tooSmall).rejects.toMatchObject({ code: 'too-large' });
  });

  it('reports a missing file', async () => {
    const url = pathToFileURL(path.join(tmpdir(), 'topicfeed-missing.xml')).href;
    await expect(fetchFeed({ url }, opts)).rejects.toMatchObject({ code: 'file', url });
  });
});
