import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { loadArticles } from '../articles.js';
import { generateFeed } from '../corpus.js';

/**
 * A child-process feed server for the benchmarks, serving from memory:
 * `/feeds/N.xml` (N < --feeds, --items each, strong ETag, 304 on If-None-Match),
 * `/big.xml` (--big-mb MB, when asked), and with --fresh every feed gains new items on every
 * request. Prints `listening <port>`.
 */
const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '1000' },
    items: { type: 'string', default: '5' },
    'item-bytes': { type: 'string', default: '1200' },
    'big-mb': { type: 'string', default: '0' },
    fresh: { type: 'boolean', default: false },
  },
});
const articles = loadArticles();
const itemBytes = Number(values['item-bytes']);
const newest = new Date();

interface Body {
  bytes: Buffer;
  etag: string;
}

function toBody(text: string): Body {
  const bytes = Buffer.from(text);
  return { bytes, etag: `"${createHash('sha1').update(bytes).digest('hex')}"` };
}

function makeFeed(index: number, seed: number): Body {
  const items = Number(values.items);
  const stories = Math.max(1, Math.round((Number(values.feeds) * items) / 2));
  const firstStory = (seed - 1) * stories;
  const at = new Date(newest.getTime() + seed * 60_000);
  return toBody(
    generateFeed({
      articles,
      seed,
      index,
      items,
      stories,
      firstStory,
      itemHtmlBytes: itemBytes,
      newest: at,
    }),
  );
}

const feeds: Body[] = [];
for (let i = 0; i < Number(values.feeds); i++) feeds.push(makeFeed(i, 1));
const bigMb = Number(values['big-mb']);
const big =
  bigMb > 0
    ? toBody(
        generateFeed({
          articles,
          seed: 2,
          index: 0,
          items: 1000,
          stories: 1000,
          itemHtmlBytes: Math.round((bigMb * 1024 * 1024) / 1000) - 400,
          newest,
          format: 'rss',
        }),
      )
    : undefined;
let generation = 1;

function findBody(url: string): Body | undefined {
  if (url === '/big.xml') return big;
  const match = /^\/feeds\/(\d+)\.xml$/.exec(url);
  if (!match) return undefined;
  const index = Number(match[1]);
  if (values.fresh && feeds[index]) feeds[index] = makeFeed(index, ++generation);
  return feeds[index];
}

const server = createServer((req, res) => {
  const body = findBody(req.url ?? '');
  if (!body) {
    res.writeHead(404).end();
    return;
  }
  if (req.headers['if-none-match'] === body.etag) {
    res.writeHead(304, { etag: body.etag }).end();
    return;
  }
  res
    .writeHead(200, {
      'content-type': 'application/xml; charset=utf-8',
      etag: body.etag,
      'content-length': body.bytes.length,
    })
    .end(body.bytes);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
