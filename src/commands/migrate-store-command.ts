import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPackageInfo } from '../app.js';
import { isPostgresUrl, redactDatabase } from '../config/index.js';
import {
  copySqliteStore,
  migrate,
  migratePostgres,
  openDatabase,
  openPostgresPool,
} from '../store/index.js';
import { type CommandIo, reportError } from './with-app.js';

/**
 * `topicfeed migrate-store --from FILE --to URL`: copies a SQLite store (brought up to date with
 * its migrations first) into an empty PostgreSQL database (migrated here), in one transaction:
 * sources and their poll state, stories (same ids and GUIDs), entries, memberships, topic state
 * and provenance. Prints the rows copied per table.
 */
export async function migrateStoreCommand(
  from: string | undefined,
  to: string | undefined,
  io: CommandIo,
): Promise<number> {
  try {
    if (!from || !to)
      throw new Error('usage: topicfeed migrate-store --from FILE --to postgres://…');
    if (!isPostgresUrl(to)) throw new Error('--to must be a postgres:// or postgresql:// URL');
    const file = resolve(from);
    if (!existsSync(file)) throw new Error(`--from ${file}: no such SQLite file`);
    const info = readPackageInfo();
    const db = openDatabase(file);
    const pool = openPostgresPool(to, { max: 2 });
    try {
      migrate(db, info.migrationsDir);
      await migratePostgres(pool, join(info.migrationsDir, 'postgres'));
      const copied = await copySqliteStore(db, pool);
      for (const [table, rows] of Object.entries(copied.tables))
        io.out(`${table.padEnd(22)} ${rows}\n`);
      io.out(`copied ${file} to ${redactDatabase(to)}\n`);
      return 0;
    } finally {
      db.close();
      await pool.end();
    }
  } catch (error) {
    return reportError(io, error);
  }
}
