import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { FetchError } from './fetch-error.js';

const privateIpv4Ranges: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this" network, 0.0.0.0
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

function parseIpv4(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function isPrivateIpv4(address: string): boolean {
  const value = parseIpv4(address);
  return privateIpv4Ranges.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    return Math.floor(value / size) === Math.floor(parseIpv4(base) / size);
  });
}

function expandIpv6(address: string): number[] {
  const [head = '', tail] = address.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const headParts = parse(head);
  const tailParts = tail === undefined ? [] : parse(tail);
  const words = (parts: string[]) =>
    parts.flatMap((p) =>
      p.includes('.') ? [parseIpv4(p) >>> 16, parseIpv4(p) & 0xffff] : [Number.parseInt(p, 16)],
    );
  const headWords = words(headParts);
  const tailWords = words(tailParts);
  const missing = 8 - headWords.length - tailWords.length;
  return [...headWords, ...new Array<number>(Math.max(0, missing)).fill(0), ...tailWords];
}

/** The IPv4 address held by two 16-bit words of an IPv6 address. */
function embeddedIpv4(high: number, low: number): string {
  return `${high >>> 8}.${high & 0xff}.${low >>> 8}.${low & 0xff}`;
}

/**
 * True for IPv6 loopback, unspecified, ULA, link/site-local, multicast, documentation, discard
 * (100::/64), NAT64, and the forms that carry an IPv4 address (mapped, compatible, translated
 * ::ffff:0:0/96, 6to4 2002::/16, Teredo 2001::/32) when that IPv4 address is private.
 */
function isPrivateIpv6(address: string): boolean {
  const w = expandIpv6(address.toLowerCase().split('%')[0] ?? '');
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0] = w;
  const upperZero = w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0;
  if (upperZero && w5 === 0 && w6 === 0 && (w7 === 0 || w7 === 1)) return true; // :: and ::1
  if (upperZero && (w5 === 0xffff || w5 === 0)) {
    return isPrivateIpv4(embeddedIpv4(w6, w7)); // mapped/compat
  }
  if (w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0xffff && w5 === 0) {
    return isPrivateIpv4(embeddedIpv4(w6, w7)); // translated ::ffff:0:0/96 (SIIT)
  }
  if (w0 === 0x2002) return isPrivateIpv4(embeddedIpv4(w1, w2)); // 6to4
  if (w0 === 0x2001 && w1 === 0) {
    // Teredo: the server's IPv4 in words 2-3, the client's, inverted, in words 6-7.
    return (
      isPrivateIpv4(embeddedIpv4(w2, w3)) || isPrivateIpv4(embeddedIpv4(~w6 & 0xffff, ~w7 & 0xffff))
    );
  }
  if (w0 === 0x100 && w1 === 0 && w2 === 0 && w3 === 0) return true; // discard-only 100::/64
  if (w0 === 0x64 && w1 === 0xff9b) return true; // NAT64 64:ff9b::/96 and 64:ff9b:1::/48
  if ((w0 & 0xfe00) === 0xfc00) return true; // ULA fc00::/7
  if ((w0 & 0xffc0) === 0xfe80 || (w0 & 0xffc0) === 0xfec0) return true; // link/site-local
  if ((w0 & 0xff00) === 0xff00) return true; // multicast
  return w0 === 0x2001 && w1 === 0x0db8; // documentation
}

/** True for loopback, RFC 1918, link-local, ULA, CGNAT, unspecified, IPv4-mapped private, non-IPs. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address.split('%')[0] ?? '');
  if (version === 4) return isPrivateIpv4(address);
  if (version === 6) return isPrivateIpv6(address);
  return true;
}

export interface FetchDispatcherOptions {
  /** Allow loopback, RFC 1918, link-local, ULA, CGNAT… (tests, intranet feeds). */
  allowPrivateNetworks: boolean;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
}

function privateAddressError(address: string, hostname: string): FetchError {
  const message = `refusing private address ${address} for ${hostname}`;
  return new FetchError(message, { url: hostname, code: 'private-address' });
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A DNS lookup for net/tls.connect that answers only public addresses: private ones are dropped
 * before any connection is tried, and a name with no public address fails.
 */
export function lookupPublicOnly(
  hostname: string,
  options: LookupAllOptions | { all?: false; family?: number },
  callback: LookupCallback,
): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, options.all ? [] : '', undefined);
    const usable = addresses.filter((entry) => !isPrivateAddress(entry.address));
    const first = usable[0];
    if (!first) {
      return callback(privateAddressError(addresses[0]?.address ?? '?', hostname), [], undefined);
    }
    if (options.all) return callback(null, usable);
    callback(null, first.address, first.family);
  });
}

/**
 * Wraps a connector so no connection to a private address is made: an IP literal is checked
 * before connecting, a name is resolved by `lookupPublicOnly`, and the connected socket's remote
 * address is checked once more (closed before any request if private).
 */
function createGuardedConnector(connectTimeoutMs: number): buildConnector.connector {
  const connect = buildConnector({
    timeout: connectTimeoutMs,
    lookup: lookupPublicOnly,
  } as buildConnector.BuildOptions);
  return (options, callback) => {
    const literal = options.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) !== 0 && isPrivateAddress(literal)) {
      return callback(privateAddressError(literal, options.hostname), null);
    }
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
