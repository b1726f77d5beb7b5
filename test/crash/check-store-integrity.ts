import type Database from 'better-sqlite3';

/** Every invariant a crash or a prune must not break; returns the ones broken (empty: fine). */
export function checkStoreIntegrity(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const checks: [string, string][] = [
    [
      'duplicate (source_id, key)',
      'SELECT count(*) AS n FROM (SELECT 1 FROM entries GROUP BY source_id, key HAVING count(*) > 1)',
    ],
    [
      'story without members',
      'SELECT count(*) AS n FROM stories s WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.story_id = s.id)',
    ],
    [
      'member without story',
      'SELECT count(*) AS n FROM entries e WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = e.story_id)',
    ],
    [
      'story whose representative is missing or elsewhere',
      'SELECT count(*) AS n FROM stories s WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.id = s.representative_entry_id AND e.story_id = s.id)',
    ],
    [
      'topic row of a missing story',
      'SELECT count(*) AS n FROM story_topics t WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = t.story_id)',
    ],
  ];
  for (const [name, sql] of checks) {
    const n = count(sql);
    if (n > 0) problems.push(`${n} × ${name}`);
  }
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  if (foreignKeys.length > 0) problems.push(`${foreignKeys.length} foreign key violations`);
  return problems;
}
