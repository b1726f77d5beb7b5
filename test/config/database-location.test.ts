import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, formatConfigIssue } from '../../src/config/config-error.js';
import {
  describeDatabase,
  locateDatabase,
  redactDatabase,
} from '../../src/config/database-location.js';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';
import { runTopicfeed } from '../helpers/run-cli.js';

function problems(text: string): string[] {
  try {
    parseConfig(text, '/cfg/topicfeed.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map(formatConfigIssue);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

function writeConfig(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tf-dbloc-')), 'topicfeed.yaml');
  writeFileSync(file, text);
  return file;
}

describe('database: a SQLite path or a PostgreSQL URL', () => {
  it('keeps a postgres:// or postgresql:// URL as written and resolves a path against the config folder', () => {
    const url = 'postgres://feed:s3cret@db.internal:5432/topicfeed';
    expect(parseConfig(`database: "${url}"\n`, '/srv/cfg/t.yaml').database).toBe(url);
    const other = 'postgresql://feed@db/topicfeed?sslmode=require';
    expect(parseConfig(`database: "${other}"\n`, '/srv/cfg/t.yaml').database).toBe(other);
    expect(parseConfig('database: ../data/x.db\n', '/srv/cfg/t.yaml').database).toBe(
      '/srv/data/x.db',
    );
  });

  it('reports a PostgreSQL URL without a database name or host at its file:line:col', () => {
    expect(problems('poll: { interval: 5m }\ndatabase: "postgres://u:p@db:5432/"\n')).toEqual([
      expect.stringMatching(
        /^\/cfg\/topicfeed\.yaml:2:\d+ database: PostgreSQL URL has no database name/,
      ),
    ]);
    expect(problems('database: "postgres:///x"\n')).toEqual([
      expect.stringMatching(/^\/cfg\/topicfeed\.yaml:1:\d+ database: PostgreSQL URL has no host/),
    ]);
    expect(problems('database: "postgres://db:port/x"\n')).toEqual([
      expect.stringMatching(/^\/cfg\/topicfeed\.yaml:1:\d+ database: .*PostgreSQL URL/),
    ]);
  });

  it('lets $TOPICFEED_DATABASE_URL override the file, and reports a bad one', () => {
    const file = writeConfig('database: x.db\n');
    const url = 'postgres://feed:pw@127.0.0.1:5432/news';
    expect(loadConfig(file, {}).database).toBe(join(file, '..', 'x.db'));
    expect(loadConfig(file, { TOPICFEED_DATABASE_URL: url }).database).toBe(url);
    expect(() => loadConfig(file, { TOPICFEED_DATABASE_URL: 'postgres://h/' })).toThrow(
      /topicfeed\.yaml:1:1 database: \$TOPICFEED_DATABASE_URL PostgreSQL URL has no database name/,
    );
  });

  it('names the backend, with the password redacted', () => {
    expect(locateDatabase('/data/x.db')).toEqual({ kind: 'sqlite', path: '/data/x.db' });
    expect(locateDatabase('postgres://h/db').kind).toBe('postgres');
    expect(redactDatabase('postgres://feed:s3cret@db:5432/news')).toBe(
      'postgres://feed:***@db:5432/news',
    );
    expect(describeDatabase('postgres://feed:s3cret@db/news')).toBe(
      'PostgreSQL postgres://feed:***@db/news',
    );
    expect(describeDatabase('/data/x.db')).toBe('SQLite /data/x.db');
  });

  it('topicfeed check says which backend it will use, never printing the password', async () => {
    const file = writeConfig('database: "postgres://feed:s3cret@db.internal:5432/news"\n');
    const result = await runTopicfeed(['check', '--config', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('database: PostgreSQL postgres://feed:***@db.internal:5432/news');
    expect(result.out).not.toContain('s3cret');
  });
});
