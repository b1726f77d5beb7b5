import type { WindowRequest } from '../candidate-repo.js';
import {
  DROP_READINGS_OUTSIDE_WINDOW,
  READINGS_FIRST_IN_WINDOW,
  READINGS_WINDOW_BOUNDS,
} from '../story-claims-repo.js';
import type { PgClient } from './postgres-pool.js';

/** A SQLite statement's `@name` placeholders as PostgreSQL's `$1`, `$2`, … and their order. */
function numbered(sql: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(/@(\w+)/g, (_, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, names };
}

const BOUNDS = numbered(READINGS_WINDOW_BOUNDS);
const FIRST = numbered(READINGS_FIRST_IN_WINDOW);
const DROP = numbered(DROP_READINGS_OUTSIDE_WINDOW);

async function run(
  client: PgClient,
  statement: { text: string; names: string[] },
  params: Record<string, unknown>,
) {
  return client.query(
    statement.text,
    statement.names.map((name) => params[name]),
  );
}

/**
 * Deletes up to `limit` stored readings of entries whose story has left the story window, as
 * dropClaimReadingsOutsideWindow does on SQLite (same rule, same statements). Returns how many went.
 */
export async function dropPostgresClaimReadings(
  client: PgClient,
  window: WindowRequest,
  limit: number,
): Promise<number> {
  const bounds = await run(client, BOUNDS, { offset: Math.max(window.recent - 1, 0) });
  const { newest, recentFrom } = bounds.rows[0] as {
    newest: string | null;
    recentFrom: string | null;
  };
  if (newest === null || recentFrom === null) return 0;
  const since = new Date(Date.parse(newest) - window.windowMs).toISOString();
  const first = (await run(client, FIRST, { since })).rows[0] as { first: string };
  // bigint ids arrive as strings.
  const below = Math.min(Number(first.first), Number(recentFrom));
  const params = { below, recentFrom, since, limit };
  return (await run(client, DROP, params)).rowCount ?? 0;
}
