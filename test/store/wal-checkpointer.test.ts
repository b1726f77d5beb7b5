import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWriteLock, openDatabase } from '../../src/store/database.js';
import { createWalCheckpointer } from '../../src/store/wal-checkpointer.js';

const dirs: string[] = [];

function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'topicfeed-wal-'));
  dirs.push(dir);
  const path = join(dir, 'store.db');
  const db = openDatabase(path);
  db.exec('CREATE TABLE pages (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return { db, path };
}

/** Writes about `pages` WAL pages (4 KB each) in one transaction. */
function writePages(db: ReturnType<typeof openDatabase>, pages: number): void {
  const insert = db.prepare('INSERT INTO pages (body) VALUES (?)');
  db.transaction(() => {
    for (let page = 0; page < pages; page++) insert.run('x'.repeat(3_500));
  })();
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the WAL checkpointer', () => {
  it("turns the writer's automatic checkpoint off", () => {
    const { db, path } = tempDatabase();
    const checkpointer = createWalCheckpointer(db, path);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    checkpointer.close();
    db.close();
  });

  it('copies the whole WAL back in its own thread after a write', async () => {
    const { db, path } = tempDatabase();
    const checkpointer = createWalCheckpointer(db, path, { minIntervalMs: 0 });
    writePages(db, 1_500);
    checkpointer.afterWrite();
    await checkpointer.settled();
    const last = checkpointer.last;
    expect(last && 'walFrames' in last ? last.walFrames : 0).toBeGreaterThan(1_000);
    expect(last).toEqual({
      busy: false,
      walFrames: expect.any(Number),
      checkpointed: expect.any(Number),
    });
    if (last && 'walFrames' in last) expect(last.checkpointed).toBe(last.walFrames);
    checkpointer.close();
    db.close();
  }, 20_000);

  it('runs one checkpoint for writes that come while one is pending', async () => {
    const { db, path } = tempDatabase();
    const checkpointer = createWalCheckpointer(db, path, { minIntervalMs: 50 });
    writePages(db, 10);
    checkpointer.afterWrite();
    checkpointer.afterWrite();
    writePages(db, 10);
    checkpointer.afterWrite();
    await checkpointer.settled();
    expect(checkpointer.last).toMatchObject({ busy: false });
    checkpointer.close();
    db.close();
  }, 20_000);

  it('lets the final TRUNCATE checkpoint at shutdown empty the WAL', async () => {
    const { db, path } = tempDatabase();
    const checkpointer = createWalCheckpointer(db, path, { minIntervalMs: 0 });
    writePages(db, 2_000);
    checkpointer.afterWrite();
    checkpointer.close();
    checkpointer.afterWrite();
    await checkpointer.settled();
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    expect(result?.busy).toBe(0);
    db.close();
    const wal = `${path}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  }, 20_000);

  it("has let go of the file when close returns, so the writer's close removes the WAL", async () => {
    const { db, path } = tempDatabase();
    const checkpointer = createWalCheckpointer(db, path, { minIntervalMs: 0 });
    writePages(db, 200);
    checkpointer.afterWrite();
    await checkpointer.settled();
    expect(checkpointer.last).toMatchObject({ busy: false });
    checkpointer.close();
    db.close();
    // The last connection to close folds the WAL back and deletes it (and the shared memory).
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
  }, 20_000);

  it('is told of each write the write lock ran to success', async () => {
    let writes = 0;
    const lock = createWriteLock(() => writes++);
    await lock.run(() => 1);
    await expect(
      lock.run(() => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await lock.run(async () => 2);
    expect(writes).toBe(2);
  });
});
