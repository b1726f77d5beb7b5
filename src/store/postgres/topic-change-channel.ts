import type { PgClient, PgPool } from './postgres-pool.js';

/** The channel pollers NOTIFY and servers LISTEN on: the topics whose feeds a poll changed. */
const CHANNEL = 'topicfeed_topics';
/** NOTIFY payloads must stay under 8000 bytes: longer lists go in several notifications. */
const MAX_PAYLOAD = 7_000;
/** How long a listener waits before it connects again after losing its connection. */
const RECONNECT_MS = 1_000;

/** Tells every listening server which topics changed (after the poll's transaction committed). */
export async function notifyTopicsChanged(pool: PgPool, topics: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  const send = async () => {
    if (batch.length > 0)
      await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(batch)]);
    batch = [];
  };
  for (const topic of topics) {
    if (JSON.stringify([...batch, topic]).length > MAX_PAYLOAD) await send();
    batch.push(topic);
  }
  await send();
}

export interface TopicChangeListener {
  close(): Promise<void>;
}

export interface ListenHandlers {
  /** Topics a poller (any instance) changed. */
  onTopics(topics: string[]): void;
  /**
   * The connection was (re)established after a loss: notifications may have been missed, so the
   * caller forgets everything it cached.
   */
  onReconnect(): void;
  onError(error: unknown): void;
}

function parseTopics(payload: string | undefined): string[] {
  try {
    const value = JSON.parse(payload ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * LISTENs on one connection held from the pool for as long as it runs; a lost connection is
 * replaced (after RECONNECT_MS) and reported through onReconnect.
 */
export async function listenForTopicChanges(
  pool: PgPool,
  handlers: ListenHandlers,
): Promise<TopicChangeListener> {
  let closed = false;
  let client: PgClient | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = await pool.connect();
    next.on('notification', (message) => {
      if (message.channel === CHANNEL) handlers.onTopics(parseTopics(message.payload));
    });
    next.on('error', (error) => {
      handlers.onError(error);
      next.release(true);
      if (client === next) client = undefined;
      if (!closed) retry = setTimeout(reconnect, RECONNECT_MS);
    });
    await next.query(`LISTEN ${CHANNEL}`);
    client = next;
  };
  const reconnect = () => {
    connect()
      .then(() => handlers.onReconnect())
      .catch((error: unknown) => {
        handlers.onError(error);
        if (!closed) retry = setTimeout(reconnect, RECONNECT_MS);
      });
  };
  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const held = client;
      client = undefined;
      if (held) {
        await held.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
        held.release();
      }
    },
  };
}
