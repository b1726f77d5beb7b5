import type Database from 'better-sqlite3';

const MAX_CACHED = 1_000;

/**
 * Makes `db.prepare(sql)` return one compiled statement per SQL text instead of compiling it on
 * every call (the repositories call prepare where they use it; compiling was ~10 % of ingest).
 * A cached reader statement is handed back with its result modes reset (pluck, raw, expand off),
 * so one caller's `.pluck()` never leaks into another's.
 */
export function cacheStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached) {
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    if (cache.size >= MAX_CACHED) cache.clear();
    const statement = prepare(sql);
    cache.set(sql, statement);
    return statement;
  }) as Database.Database['prepare'];
}
