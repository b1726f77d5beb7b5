import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  cacheStatements,
  createWriteLock,
  migrate,
  readMigrations,
  runTransaction,
} from '../../src/store/database.js';

describe('migrations', () => {
  it('migrate an empty database from zero, in order, and record each version', () => {
    const db = new Database(':memory:');
    const applied = migrate(db, 'migrations');
    const files = readMigrations('migrations');
    expect(applied).toEqual(files.map((m) => m.name));
    expect(files.map((m) => m.version)).toEqual(
      [...files.map((m) => m.version)].sort((a, b) => a - b),
    );
    const versions = db
      .prepare('SELECT version FROM schema_migrations ORDER BY version')
      .pluck()
      .all();
    expect(versions).toEqual(files.map((m) => m.version));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['sources', 'stories', 'story_topics', 'entries', 'entry_topics']),
    );
  });

  it('applies nothing twice', () => {
    const db = new Database(':memory:');
    migrate(db, 'migrations');
    expect(migrate(db, 'migrations')).toEqual([]);
  });

  it('rolls back a failing migration and names it', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'topicfeed-migrations-'));
    writeFileSync(join(dir, '0001_create_a.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(
      join(dir, '0002_broken.sql'),
      'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);',
    );
    const db = new Database(':memory:');
    expect(() => migrate(db, dir)).toThrow(/store: migration 0002_broken\.sql failed/);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toContain('a');
    expect(tables).not.toContain('b');
  });
});

describe('the statement cache', () => {
  it('compiles one statement per SQL text and hands it back with its result modes reset', () => {
    const db = new Database(':memory:');
    cacheStatements(db);
    db.exec('CREATE TABLE t (x INTEGER, y TEXT)');
    db.prepare('INSERT INTO t VALUES (?, ?)').run(1, 'a');
    db.prepare('INSERT INTO t VALUES (?, ?)').run(2, 'b');
    const sql = 'SELECT x, y FROM t ORDER BY x';
    expect(db.prepare(sql)).toBe(db.prepare(sql));
    expect(db.prepare(sql).pluck().all()).toEqual([1, 2]);
    expect(db.prepare(sql).all()).toEqual([
      { x: 1, y: 'a' },
      { x: 2, y: 'b' },
    ]);
    expect(db.prepare(sql).raw().all()).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(db.prepare(sql).get()).toEqual({ x: 1, y: 'a' });
  });
});

describe('the write lock and async transactions', () => {
  it('runs work one piece at a time, in order, even when pieces await', async () => {
    const lock = createWriteLock();
    const events: string[] = [];
    const slow = lock.run(async () => {
      events.push('a start');
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push('a end');
    });
    const fast = lock.run(() => events.push('b'));
    await Promise.all([slow, fast]);
    expect(events).toEqual(['a start', 'a end', 'b']);
  });

  it('goes on after a failed piece of work', async () => {
    const lock = createWriteLock();
    await expect(lock.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.run(() => 42)).resolves.toBe(42);
  });

  it('commits work that awaits in the middle, and rolls it all back on an error', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x INTEGER)');
    await runTransaction(db, async () => {
      db.prepare('INSERT INTO t VALUES (1)').run();
      await new Promise((resolve) => setImmediate(resolve));
      db.prepare('INSERT INTO t VALUES (2)').run();
    });
    await expect(
      runTransaction(db, async () => {
        db.prepare('INSERT INTO t VALUES (3)').run();
        await new Promise((resolve) => setImmediate(resolve));
        throw new Error('half-written');
      }),
    ).rejects.toThrow('half-written');
    expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 2]);
    expect(db.inTransaction).toBe(false);
  });
});
