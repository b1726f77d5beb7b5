import { Agent, buildConnector, type Dispatcher } from 'undici';
import { FetchError } from './fetch-error.js';
import { isPrivateAddress } from './is-private-address.js';

export interface FetchDispatcherOptions {
  /** Allow loopback, RFC 1918, link-local, ULA, CGNAT… (tests, intranet feeds). */
  allowPrivateNetworks: boolean;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
}

/** Wraps a connector so a socket whose remote address is private is closed before any request. */
function createGuardedConnector(connectTimeoutMs: number): buildConnector.connector {
  const connect = buildConnector({ timeout: connectTimeoutMs });
  return (options, callback) => {
    connect(options, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error('no socket'), null);
      const address = socket.remoteAddress ?? '';
      if (!isPrivateAddress(address)) return callback(null, socket);
      socket.destroy();
      const url = `${options.protocol}//${options.hostname}:${options.port}`;
      const message = `refusing private address ${address} for ${url}`;
      callback(new FetchError(message, { url, code: 'private-address' }), null);
    });
  };
}

/**
 * The undici Agent for polling, created once by app.ts. Unless private networks are allowed, the
 * address actually connected (after DNS, on every redirect hop) is checked.
 */
export function createFetchDispatcher(options: FetchDispatcherOptions): Dispatcher {
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  return new Agent({
    connect: options.allowPrivateNetworks
      ? { timeout: connectTimeoutMs }
      : createGuardedConnector(connectTimeoutMs),
    headersTimeout: options.headersTimeoutMs ?? 30_000,
    bodyTimeout: options.headersTimeoutMs ?? 30_000,
  });
}
