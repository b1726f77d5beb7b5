import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import {
  buildPostgresPollDeps,
  buildSharedServerContext,
  listenToPollers,
  openPostgresApp,
  type PostgresApp,
} from '../postgres-app.js';
import { type Scheduler, startScheduler } from '../scheduler/index.js';
import { type RunningServer, startServer } from '../server/index.js';
import type { TopicChangeListener } from '../store/index.js';
import { type BackgroundBackfill, startPostgresClaimsBackfill } from './background-backfill.js';
import { type CommandIo, reportError } from './with-app.js';

/** What one instance does: `all` polls and serves, `poller` only polls, `server` only serves. */
export type Role = 'all' | 'poller' | 'server';

export const ROLES: readonly Role[] = ['all', 'poller', 'server'];

/** The role named by `--role`, or an error that lists the roles. */
export function parseRole(value: string | undefined): Role {
  const role = (value ?? 'all') as Role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  return role;
}

/** How long polls in flight may finish after SIGTERM before their fetches are aborted. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface SharedInstanceOptions {
  role: Role;
  port?: number;
  /** The config file, re-read by the reload `stop` asks for (SIGHUP in `run`). */
  configPath?: string;
  /** Resolves with the signal that stops the instance; calls `reload` on each reload signal. */
  stop: (reload: () => void) => Promise<string>;
}

/**
 * `run --role R` and `serve` on PostgreSQL: a poller leases due sources on the schedule (and
 * backfills the claims of stories stored before claims existed); a server answers the feeds from
 * the shared store and LISTENs for the topics pollers change. A reload (SIGHUP) re-reads the
 * config as on SQLite. Until `stop` resolves (SIGTERM/SIGINT in the CLI).
 */
export async function runSharedInstance(
  loaded: Config,
  options: SharedInstanceOptions,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  let app: PostgresApp | undefined;
  let server: RunningServer | undefined;
  let listener: TopicChangeListener | undefined;
  let scheduler: Scheduler | undefined;
  let backfill: BackgroundBackfill | undefined;
  try {
    app = await openPostgresApp(loaded, logger, options.configPath);
    const { host, port } = app.config.server;
    if (options.role !== 'poller') {
      listener = await listenToPollers(app);
      server = await startServer(buildSharedServerContext(app), host, options.port ?? port);
    }
    if (options.role !== 'server') {
      scheduler = startScheduler(await buildPostgresPollDeps(app));
      void scheduler.tick();
      backfill = startPostgresClaimsBackfill(app);
    }
    const where = server ? ` on http://${host}:${server.port}/` : '';
    logger.info(
      { role: options.role, port: server?.port, instance: app.instanceId },
      'topicfeed running',
    );
    io.out(`topicfeed running (role ${options.role}, PostgreSQL)${where}\n`);
    const opened = app;
    const signal = await options.stop(() => {
      opened
        .reloadConfig()
        .catch((error: unknown) => logger.error({ err: error }, 'config reload failed'));
    });
    logger.info({ signal }, 'shutting down');
    return 0;
  } catch (error) {
    return reportError(io, error);
  } finally {
    backfill?.stop.abort();
    await backfill?.done;
    if (scheduler && app) await stopScheduler(scheduler, app);
    await listener?.close();
    await server?.close();
    await app?.close();
  }
}

async function stopScheduler(scheduler: Scheduler, app: PostgresApp): Promise<void> {
  const stopped = scheduler.stop();
  const timeout = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), SHUTDOWN_GRACE_MS).unref(),
  );
  if ((await Promise.race([stopped, timeout])) !== 'timeout') return;
  app.pollServices().abort();
  await stopped;
}
