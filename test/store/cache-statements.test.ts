import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from '../../src/store/cache-statements.js';

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
