import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/store/migrate.js';

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
