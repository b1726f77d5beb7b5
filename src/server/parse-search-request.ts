import type { FeedFormatName } from '../renderer/index.js';
import { HttpError } from './http-error.js';
import { parsePaging } from './parse-paging.js';

export interface SearchRequest {
  query: string;
  format: FeedFormatName;
  limit: number;
  minScore: number;
}

/** `?q=…&format=…&limit=N&min_score=S`; a missing query or a bad value is a 400. */
export function parseSearchRequest(params: URLSearchParams): SearchRequest {
  const query = params.get('q') ?? '';
  if (query.trim() === '') throw new HttpError(400, 'search: give a query: /search?q=belarus*');
  const format = params.get('format') ?? 'rss';
  if (format !== 'rss' && format !== 'atom' && format !== 'json')
    throw new HttpError(400, `search: unknown format "${format}" (rss, atom or json)`);
  const minText = params.get('min_score') ?? '0';
  if (!/^\d{1,3}(\.\d+)?$/.test(minText))
    throw new HttpError(400, 'search: min_score must be a number ≥ 0');
  return { query, format, limit: parsePaging(params).limit, minScore: Number(minText) };
}
