import type { IncomingMessage } from 'node:http';
import { DEFAULT_PAGE_SIZE } from '../renderer/index.js';

/** A request the server refuses: its status, a short text body and any extra headers. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/** The parts of a request target the routes read (a URL has them too, at a higher price). */
export interface RequestTarget {
  pathname: string;
  searchParams: URLSearchParams;
}

/** The request target, refused (400) when it is not origin-form, too long, or escapes its path. */
export function parseRequestTarget(req: IncomingMessage): RequestTarget {
  const raw = req.url ?? '/';
  if (!raw.startsWith('/') || raw.length > 2048) throw new HttpError(400, 'bad request target');
  const path = raw.split('?')[0] ?? '';
  if (/%2f|%5c|%2e/i.test(path) || path.split('/').includes('..'))
    throw new HttpError(400, 'bad request path');
  return splitRequestTarget(raw);
}

/** Splits an origin-form request target (`/path?query`) without building a whole URL. */
function splitRequestTarget(raw: string): RequestTarget {
  const query = raw.indexOf('?');
  if (query === -1) return { pathname: raw, searchParams: new URLSearchParams() };
  return { pathname: raw.slice(0, query), searchParams: new URLSearchParams(raw.slice(query + 1)) };
}

export const MAX_LIMIT = 500;
const MAX_PAGE = 10_000;

/** `?limit=N&page=P`: absurd values are clamped, not refused. */
export function parsePaging(params: URLSearchParams): { limit: number; page: number } {
  return {
    limit: clampInt(params.get('limit'), DEFAULT_PAGE_SIZE, 1, MAX_LIMIT),
    page: clampInt(params.get('page'), 1, 1, MAX_PAGE),
  };
}

function clampInt(text: string | null, fallback: number, min: number, max: number): number {
  const value = Number.parseInt(text ?? '', 10);
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}
