import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../src/classifier/index.js';
import { ConfigError, formatConfigIssue } from '../../src/config/config-error.js';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';

function problems(text: string): string[] {
  try {
    parseConfig(text, '/cfg/topicfeed.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map(formatConfigIssue);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const BAD = `database: x.db
server:
  port: 99999
  colour: blue
poll:
  interval: 10 minutes
  max_bytes: 10XB
  schedule: "every day"
sources:
  - id: Bad_Id
    url: ftp://example.org/feed
  - id: ok
    url: https://example.org/a
  - id: ok
    url: https://example.org/b
    intervall: 5m
topics:
  - id: all
    title: All
    query: x
  - id: t
    title: T
    query: 'belarus AND (minsk'
`;

describe('loading the config', () => {
  it('lists every problem at once, each with file, line, column and path, in document order', () => {
    expect(problems(BAD)).toEqual([
      '/cfg/topicfeed.yaml:3:9 server.port: Too big: expected number to be <=65535',
      '/cfg/topicfeed.yaml:4:3 server.colour: unknown key',
      '/cfg/topicfeed.yaml:6:13 poll.interval: expected a duration such as 30s, 10m, 2h or 1d',
      '/cfg/topicfeed.yaml:7:14 poll.max_bytes: expected a size such as 512KB or 10MB',
      '/cfg/topicfeed.yaml:8:13 poll.schedule: not a valid cron expression',
      '/cfg/topicfeed.yaml:10:9 sources.0.id: must match [a-z0-9-]+',
      '/cfg/topicfeed.yaml:11:10 sources.0.url: must be an http(s): or file: URL',
      '/cfg/topicfeed.yaml:14:9 sources.2.id: duplicate source id',
      '/cfg/topicfeed.yaml:16:5 sources.2.intervall: unknown key',
      '/cfg/topicfeed.yaml:18:9 topics.0.id: "all" is built in and holds every story',
      '/cfg/topicfeed.yaml:23:25 topics.1.query: classifier: unclosed parenthesis',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const [first] = problems('a: [1\nb: :\n');
    expect(first).toMatch(/^\/cfg\/topicfeed\.yaml:2:1 /);
  });

  it('applies defaults, converts durations and sizes, and resolves paths against the config folder', () => {
    const config = parseConfig(
      'database: ../data/x.db\npoll: { interval: 1h30m, timeout: 45s, max_bytes: 512KB }\nsources:\n  - { id: a, url: "file:feeds/a.xml", interval: 2d }\n  - { id: b, url: "https://example.org/b" }\n',
      '/srv/topicfeed/config/topicfeed.yaml',
    );
    expect(config.database).toBe('/srv/topicfeed/data/x.db');
    expect(config.poll).toMatchObject({
      intervalMs: 5_400_000,
      timeoutMs: 45_000,
      maxBytes: 524_288,
      schedule: '*/5 * * * *',
      concurrency: 8,
      perHost: 2,
    });
    expect(config.sources[0]).toMatchObject({
      url: 'file:///srv/topicfeed/config/feeds/a.xml',
      intervalMs: 172_800_000,
    });
    expect(config.sources[1]).toMatchObject({
      url: 'https://example.org/b',
      intervalMs: 5_400_000,
      preferred: false,
    });
    expect(config.server.baseUrl).toBe('http://127.0.0.1:8080');
    expect(config.retention.days).toBe(90);
  });

  it('reads the feed cache budget as a size, 32 MB by default', () => {
    const sources = 'sources:\n  - { id: a, url: "https://example.org/a" }\n';
    expect(parseConfig(`database: x.db\n${sources}`, '/cfg/t.yaml').server.cacheBytes).toBe(
      32 * 1024 ** 2,
    );
    const set = parseConfig(
      `database: x.db\nserver: { cache_size: 8MB }\n${sources}`,
      '/cfg/t.yaml',
    );
    expect(set.server.cacheBytes).toBe(8 * 1024 ** 2);
    expect(problems(`database: x.db\nserver: { cache_size: lots }\n${sources}`)).toHaveLength(1);
  });

  it('compiles topic queries at load time', () => {
    const config = parseConfig(
      'topics:\n  - { id: belarus, title: Belarus, query: "belarus* OR минск*" }\n',
      '/c.yaml',
    );
    expect(config.topics.map((t) => t.id)).toEqual(['belarus']);
    expect(config.topics[0]?.compiled).toBeDefined();
  });

  it('names the file when it cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'topicfeed-config-'));
    expect(() => loadConfig(join(dir, 'missing.yaml'))).toThrow(
      /missing\.yaml:1:1 cannot read config file \(ENOENT\)/,
    );
  });

  it('accepts the shipped configs', () => {
    for (const file of ['config/topicfeed.yaml', 'config/demo.yaml']) {
      const config = loadConfig(file);
      expect(config.topics.map((t) => t.id)).toEqual(['belarus', 'political-prisoners']);
    }
  });

  it('keeps the demo topics identical to the shipped topics', () => {
    const shipped = loadConfig('config/topicfeed.yaml').topics.map(
      ({ compiled: _, ...rest }) => rest,
    );
    const demo = loadConfig('config/demo.yaml').topics.map(({ compiled: _, ...rest }) => rest);
    expect(demo).toEqual(shipped);
  });

  it('reads a watch-list file relative to the config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'topicfeed-config-'));
    writeFileSync(join(dir, 'names.txt'), '# names\nAles Bialiatski\n');
    writeFileSync(
      join(dir, 'c.yaml'),
      'topics:\n  - { id: p, title: P, query: "prisoner*", watchlist: names.txt }\n  - { id: q, title: Q, query: x, watchlist: nope.txt }\n',
    );
    expect(() => loadConfig(join(dir, 'c.yaml'))).toThrow(
      /topics\.1\.watchlist: cannot read watchlist/,
    );
  });

  it('drops a trailing comment from a watch-list line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'topicfeed-config-'));
    writeFileSync(join(dir, 'names.txt'), '# names\nJimmy Lai  # Hong Kong\n');
    writeFileSync(
      join(dir, 'c.yaml'),
      'topics:\n  - { id: p, title: P, query: "prisoner*", min_score: 0, watchlist: names.txt }\n',
    );
    const [topic] = loadConfig(join(dir, 'c.yaml')).topics;
    if (!topic) throw new Error('expected the topic p');
    const match = explainMatch({ title: 'Jimmy Lai sentenced', text: '' }, topic.compiled);
    expect(match).toMatchObject({ matched: true, terms: ['"Jimmy Lai"'] });
  });
});
