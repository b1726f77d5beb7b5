import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { buildServerContext, openApp } from '../../src/app.js';
import { startServer } from '../../src/server/index.js';
import { FIXTURES, shippedTopics, writeTempConfig } from '../helpers/temp-config.js';
import { type FeedServer, type Handler, startFeedServer } from '../ingest/poll-harness.js';

const SITE = join(FIXTURES, 'fulltext/site');

/** The article pages of the teaser site and the Content-Type each is served with. */
export const ARTICLE_PAGES: Record<string, string> = {
  '/news/homiel-colony.html': 'text/html; charset=utf-8',
  '/news/letters-stopped.html': 'text/html',
  // windows-1251 bytes: the charset is only in the page's <meta http-equiv>.
  '/news/grodno-verdict.html': 'text/html',
};

/** What the pages carry around their articles; none of it may reach the store or a feed. */
export const BOILERPLATE = [
  'cookie',
  'Accept all',
  'Manage preferences',
  'Share on',
  'Share this story',
  'Copy link',
  'newsletter',
  'Subscribe',
  'Sign me up',
  'briefing in your inbox',
  'Most read',
  'Most popular',
  'Fuel prices rise',
  'Comments (',
  'Leave a comment',
  'Reader comments',
  'heartbreaking',
  'postcards',
  'All rights reserved',
  'Privacy policy',
  'Search the Courier',
  'Front page',
  'Log in',
  'Tags:',
  'Поделиться',
  'Подпишитесь',
  'Комментарии',
  'Держись',
  'Все права защищены',
  'Главная',
];

export interface TeaserSite {
  server: FeedServer;
  /** http://127.0.0.1:PORT */
  base: string;
  /** Requests so far for one path. */
  count: (path: string) => number;
  /** The first teaser of the feed from now on. */
  setFirstTeaser: (text: string) => void;
  close: () => Promise<void>;
}

function serveFile(file: string, type: string): Handler {
  return (_req, res) => {
    const body = readFileSync(join(SITE, file));
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length }).end(body);
  };
}

/**
 * A loopback news site: `/feeds/teasers.xml` (three one-sentence teasers; its lastBuildDate moves
 * on every request, so each poll parses it again), `/feeds/plain.xml` (two teasers of a source
 * without full_text), the three article pages wrapped in site chrome, and the pages the plain
 * feed links to. `pages` replaces or adds routes (failures, other content types).
 */
export async function startTeaserSite(pages: Record<string, Handler> = {}): Promise<TeaserSite> {
  let teaser = 'The regional court ruled again on Tuesday.';
  let builds = 0;
  const feed =
    (file: string): Handler =>
    (_req, res) => {
      builds += 1;
      const text = readFileSync(join(SITE, file), 'utf8')
        .replaceAll('{{site}}', base)
        .replace('{{built}}', new Date(Date.UTC(2025, 5, 17, 10, builds)).toUTCString())
        .replace('{{teaser1}}', teaser);
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(text);
    };
  const articles = Object.fromEntries(
    Object.entries(ARTICLE_PAGES).map(([path, type]) => [
      path,
      serveFile(path.slice('/news/'.length), type),
    ]),
  );
  const city = serveFile('homiel-colony.html', 'text/html; charset=utf-8');
  const server = await startFeedServer({
    '/feeds/teasers.xml': feed('teasers.xml'),
    '/feeds/plain.xml': feed('plain.xml'),
    '/city/tram.html': city,
    '/city/water.html': city,
    ...articles,
    ...pages,
  });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    server,
    base,
    count: (path) => server.countTo(path),
    setFirstTeaser: (text) => {
      teaser = text;
    },
    close: () => server.close(),
  };
}

/** A config polling the site (the shipped topics, private addresses allowed); returns its file and folder. */
export function writeSiteConfig(sources: Record<string, unknown>[]): { file: string; dir: string } {
  return writeTempConfig({
    poll: { allow_private_networks: true, timeout: '30s' },
    sources,
    topics: shippedTopics(),
  });
}

/** Runs `query` on the database beside a config written by writeSiteConfig. */
export function queryStore<T>(dir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dir, 'topicfeed.db'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** GET / from the real server on this config (openApp + startServer on port 0). */
export async function fetchIndexPage(configFile: string): Promise<string> {
  const app = await openApp(configFile, pino({ level: 'silent' }));
  const running = await startServer(buildServerContext(app), '127.0.0.1', 0);
  try {
    return await (await fetch(`http://127.0.0.1:${running.port}/`)).text();
  } finally {
    await running.close();
    app.close();
  }
}

/** The index page's table row of one source. */
export function sourceRow(page: string, id: string): string {
  return page.split('<tr').find((row) => row.includes(`<code>${id}</code>`)) ?? '';
}
