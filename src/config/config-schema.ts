import { validate as validateCron } from 'node-cron';
import { z } from 'zod';

// Units.

const msPerUnit: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** `30s`, `10m`, `2h`, `1d` (also `500ms`, `1h30m`) → milliseconds; undefined when invalid. */
function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const match of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    total += Number(match[1]) * (msPerUnit[match[2] ?? ''] ?? 0);
  }
  return Math.round(total);
}

const bytesPerUnit: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `512KB`, `10MB`, `1GB`, `2048B` (case-insensitive, binary units) → bytes; undefined when invalid. */
function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)$/i.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (bytesPerUnit[(match[2] ?? '').toLowerCase()] ?? 0));
}

// Field types.

const duration = z
  .string()
  .refine((text) => parseDuration(text) !== undefined, {
    message: 'expected a duration such as 30s, 10m, 2h or 1d',
  })
  .transform((text) => parseDuration(text) ?? 0);

const size = z
  .string()
  .refine((text) => parseSize(text) !== undefined, {
    message: 'expected a size such as 512KB or 10MB',
  })
  .transform((text) => parseSize(text) ?? 0);

const slug = z.string().regex(/^[a-z0-9-]+$/, { message: 'must match [a-z0-9-]+' });

const feedUrl = z.string().refine((text) => /^(https?|file):/i.test(text), {
  message: 'must be an http(s): or file: URL',
});

/** `true`, `false` or `auto`: whether each new entry's article page is fetched (see docs/full-text.md). */
const fullTextMode = z.union([z.boolean(), z.literal('auto')], {
  error: 'expected true, false or auto',
});

const serverSchema = z.strictObject({
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(8080),
  base_url: z.url({ protocol: /^https?$/ }).optional(),
  websub_hub: z.url({ protocol: /^https?$/ }).optional(),
  /** Whether `/` shows source URLs and `/opml` lists the sources. */
  show_sources: z.boolean().default(true),
  max_connections: z.number().int().min(1).max(1_000_000).default(1_024),
  /** Bytes of rendered feeds (compressed copies included) kept in memory. */
  cache_size: size.default(32 * 1024 ** 2),
  headers_timeout: duration.default(10_000),
  request_timeout: duration.default(30_000),
  search: z.boolean().default(true),
  search_timeout: duration.default(10_000),
  search_concurrency: z.number().int().min(1).max(64).default(2),
});

const pollSchema = z.strictObject({
  schedule: z
    .string()
    .refine((text) => validateCron(text), { message: 'not a valid cron expression' })
    .default('*/5 * * * *'),
  interval: duration.default(30 * 60_000),
  concurrency: z.number().int().min(1).max(256).default(8),
  per_host: z.number().int().min(1).max(64).default(2),
  timeout: duration.default(20_000),
  max_bytes: size.default(10 * 1024 ** 2),
  allow_private_networks: z.boolean().default(false),
});

const sourceSchema = z.strictObject({
  id: slug,
  url: feedUrl,
  title: z.string().min(1).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, {
      message: 'expected a language code such as en, ru, be',
    })
    .optional(),
  interval: duration.optional(),
  preferred: z.boolean().default(false),
  full_text: fullTextMode.default(false),
  full_text_serve: z.boolean().default(false),
});

/** A named group of evidence; its weight's sign and the ids' uniqueness are checked at compile. */
const evidenceSchema = z.strictObject({
  id: slug,
  kind: z.enum(['decisive', 'supporting', 'against'], {
    message: 'expected decisive, supporting or against',
  }),
  query: z.string().min(1, { message: 'must not be empty' }),
  weight: z.number().optional(),
});

const topicSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  description: z.string().optional(),
  query: z.string().min(1, { message: 'must not be empty' }),
  min_score: z.number().min(0).optional(),
  watchlist: z.string().min(1).optional(),
  evidence: z.array(evidenceSchema).optional(),
  examples: z.string().min(1).optional(),
  /** A word model file (config/topics/*.model.json), learned by bench/eval/train-topic-model.ts. */
  model: z.string().min(1).optional(),
});

const storiesSchema = z.strictObject({
  window: duration.default(3 * 86_400_000),
});

/** The one source of truth for topicfeed.yaml. */
export const configSchema = z.strictObject({
  database: z.string().min(1).default('../data/topicfeed.db'),
  server: serverSchema.prefault({}),
  poll: pollSchema.default(pollSchema.parse({})),
  retention: z.strictObject({ days: z.number().int().min(0).default(90) }).default({ days: 90 }),
  stories: storiesSchema.default(storiesSchema.parse({})),
  sources: z.array(sourceSchema).default([]),
  topics: z.array(topicSchema).default([]),
});

export type RawConfig = z.output<typeof configSchema>;

/**
 * Checks one entry of `sources:` on its own (an OPML import adds each outline only when it
 * passes): undefined when valid, else its problems in one line.
 */
export function checkSourceEntry(entry: unknown): string | undefined {
  const result = sourceSchema.safeParse(entry);
  if (result.success) return undefined;
  return result.error.issues
    .map((issue) => `${issue.path.join('.') || 'source'}: ${issue.message}`)
    .join('; ');
}
