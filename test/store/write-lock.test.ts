import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWriteLock } from '../../src/store/create-write-lock.js';
import { runTransaction } from '../../src/store/run-transaction.js';

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
