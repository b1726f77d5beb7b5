import type { Db } from './open-database.js';

/**
 * Runs async work inside one `BEGIN IMMEDIATE … COMMIT`, rolling back on any error. The work may
 * await (to let the event loop breathe between batches); hold the write lock around it so that no
 * other write joins the transaction.
 */
export async function runTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
