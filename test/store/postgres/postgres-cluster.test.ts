import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithPostgres,
  type PostgresCluster,
  startPostgresCluster,
} from '../../helpers/postgres-cluster.js';

describeWithPostgres('throwaway PostgreSQL cluster (test harness)', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('answers queries on a loopback URL, version 15 or newer, durability off', async () => {
    expect(cluster.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const version = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    const fsync = await client.query<{ fsync: string }>('SHOW fsync');
    await client.end();
    expect(Number(version.rows[0]?.server_version_num)).toBeGreaterThanOrEqual(150000);
    expect(fsync.rows[0]?.fsync).toBe('off');
  });

  it('creates empty databases of its own', async () => {
    const url = await cluster.createDatabase('harness_check');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const name = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.end();
    expect(name.rows[0]?.db).toBe('harness_check');
  });
});
