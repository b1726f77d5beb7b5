import { DEFAULT_PAGE_SIZE } from '../renderer/index.js';

export const MAX_LIMIT = 500;
const MAX_PAGE = 10_000;

function clampInt(text: string | null, fallback: number, min: number, max: number): number {
  const value = Number.parseInt(text ?? '', 10);
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/** `?limit=N&page=P`: absurd values are clamped, not refused. */
export function parsePaging(params: URLSearchParams): { limit: number; page: number } {
  return {
    limit: clampInt(params.get('limit'), DEFAULT_PAGE_SIZE, 1, MAX_LIMIT),
    page: clampInt(params.get('page'), 1, 1, MAX_PAGE),
  };
}
