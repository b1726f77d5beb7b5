import { hasPostgres } from '../helpers/postgres-cluster.js';

/**
 * Vitest global setup: the tests on a real PostgreSQL run only where it is installed (Debian's
 * `postgresql` package). Say so in one line when it is not, and fail the run instead when
 * TOPICFEED_REQUIRE_POSTGRES=1 (set by .ci/run, so CI always runs them).
 */
export default function setup(): void {
  if (hasPostgres) return;
  const hint = 'install it with: apt-get install postgresql (15 or newer)';
  if (process.env.TOPICFEED_REQUIRE_POSTGRES === '1')
    throw new Error(`PostgreSQL is required (TOPICFEED_REQUIRE_POSTGRES=1); ${hint}`);
  console.warn(`PostgreSQL not found: the tests on PostgreSQL are skipped; ${hint}`);
}
