import { createHash } from 'node:crypto';
import type { NormalizedEntry, ParsedItem } from '../model/index.js';
import { buildContentHtml } from './content-html.js';
import { parseDate } from './dates.js';
import { detectLanguage } from './detect-language.js';
import { collapseWhitespace, decodeTitle, escapeHtml, htmlToText } from './html-to-text.js';
import { repairMojibake } from './repair-mojibake.js';
import { summarizeText } from './summarize-text.js';
import { type ItemLinks, resolveItemLinks } from './urls.js';

export interface NormalizeContext {
  sourceId: string;
  /** The URL the feed was fetched from (base of last resort). */
  feedUrl: string;
  /** The feed's site link. */
  feedLink?: string;
  /** From config; wins over detection. */
  languageHint?: string;
  /** Fetch time: fallback date and clamp for future dates. */
  now: Date;
}

const TITLE_FROM_TEXT_LENGTH = 100;

/** ParsedItem → NormalizedEntry. Pure; never throws: a field that fails is kept as plain text. */
export function normalizeItem(parsed: ParsedItem, ctx: NormalizeContext): NormalizedEntry {
  const warnings: string[] = [];
  const item = coerceParsedItem(parsed, warnings);
  const attempt = createAttempt(warnings);
  const links = attempt<ItemLinks>(
    'link',
    () => resolveItemLinks(item, ctx),
    () => ({}),
  );
  const cleanTitle = attempt(
    'title',
    () => cleanLabel(item.title),
    () => collapseWhitespace(item.title ?? ''),
  );
  const body = cleanBody(item, cleanTitle, links.base, attempt);
  const title = cleanTitle || summarizeText(body.text, TITLE_FROM_TEXT_LENGTH);
  const guid = item.guid?.trim() || undefined;
  return {
    sourceId: ctx.sourceId,
    key: buildEntryKey({ guid, url: links.url, title, text: body.text }),
    guid,
    link: links.link,
    url: links.url,
    title,
    contentHtml: body.html,
    text: body.text,
    summary: summarizeText(body.text),
    author:
      attempt(
        'author',
        () => cleanLabel(item.author),
        () => '',
      ) || undefined,
    language: ctx.languageHint ?? detectLanguage(`${title}\n${body.text}`, item.language),
    ...resolveItemDates(item, ctx.now, warnings),
    categories: attempt(
      'categories',
      () => cleanCategories(item.categories),
      () => [],
    ),
    contentHash: hashText(`${title}\n${body.text}`),
    warnings,
  };
}

const STRING_FIELDS = [
  'guid',
  'link',
  'title',
  'contentHtml',
  'summaryHtml',
  'author',
  'published',
  'updated',
  'base',
  'language',
] as const;

/**
 * A ParsedItem whose fields really are strings (and categories a string array): a field of any
 * other type is dropped with a warning, so later steps can rely on the types.
 */
export function coerceParsedItem(item: ParsedItem, warnings: string[]): ParsedItem {
  const source = (item ?? {}) as unknown as Record<string, unknown>;
  const out: ParsedItem = { categories: [] };
  for (const field of STRING_FIELDS) {
    const value = source[field];
    if (typeof value === 'string') out[field] = value;
    else if (value !== undefined && value !== null)
      warnings.push(`normalizer: ${field} dropped: not a string`);
  }
  const categories = Array.isArray(source.categories) ? source.categories : [];
  out.categories = categories.filter((c): c is string => typeof c === 'string');
  return out;
}

/** Runs one field's cleaning; on an exception records a warning and returns the fallback. */
type Attempt = <T>(field: string, run: () => T, fallback: () => T) => T;

function createAttempt(warnings: string[]): Attempt {
  return (field, run, fallback) => {
    try {
      return run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(`normalizer: ${field} kept as plain text: ${reason}`);
      return fallback();
    }
  };
}

/** A one-line text field (title, author, category) as plain, repaired, collapsed text. */
function cleanLabel(raw: string | undefined): string {
  return raw ? repairMojibake(decodeTitle(raw)) : '';
}

/** The safe HTML body (content, else summary) and its plain text. */
function cleanBody(item: ParsedItem, title: string, base: string | undefined, attempt: Attempt) {
  const raw = item.contentHtml?.trim() ? item.contentHtml : (item.summaryHtml ?? '');
  const html = attempt(
    'content',
    () => buildContentHtml(raw, title, base),
    () => `<p>${escapeHtml(raw)}</p>`,
  );
  return {
    html,
    text: attempt(
      'text',
      () => htmlToText(html),
      () => '',
    ),
  };
}

function cleanCategories(categories: string[]): string[] {
  return [...new Set(categories.map(cleanLabel).filter((label) => label !== ''))];
}

interface ItemDates {
  publishedAt: string;
  hasFeedDate: boolean;
  updatedAt?: string;
}

/** Published (else updated, else `now`) and updated dates, clamped to `now`; warnings pushed. */
function resolveItemDates(item: ParsedItem, now: Date, warnings: string[]): ItemDates {
  const published = resolveEntryDate(item.published ?? item.updated, now);
  const updated = item.updated ? resolveEntryDate(item.updated, now) : undefined;
  for (const warning of new Set([published.warning, updated?.warning])) {
    if (warning) warnings.push(warning);
  }
  return {
    publishedAt: published.iso,
    hasFeedDate: published.fromFeed,
    updatedAt: updated?.fromFeed ? updated.iso : undefined,
  };
}

interface EntryDate {
  /** ISO 8601 UTC. */
  iso: string;
  fromFeed: boolean;
  warning?: string;
}

/**
 * The date to store for a raw feed date: parsed when valid, else `now` (fromFeed false); a date
 * in the future is clamped to `now`.
 */
export function resolveEntryDate(raw: string | undefined, now: Date): EntryDate {
  const parsed = parseDate(raw);
  if (!parsed) {
    const warning = raw?.trim()
      ? `normalizer: unparseable date ${JSON.stringify(raw.slice(0, 80))}`
      : undefined;
    return { iso: now.toISOString(), fromFeed: false, ...(warning ? { warning } : {}) };
  }
  if (parsed.getTime() > now.getTime()) {
    return {
      iso: now.toISOString(),
      fromFeed: true,
      warning: 'normalizer: future date clamped to fetch time',
    };
  }
  return { iso: parsed.toISOString(), fromFeed: true };
}

interface EntryIdentity {
  guid?: string;
  url?: string;
  title: string;
  text: string;
}

/**
 * The per-source identity of an entry: `guid:<guid>`, else `url:<canonical url>`, else
 * `hash:<sha256 of title, newline, text>`. The prefixes keep the three kinds from colliding.
 */
export function buildEntryKey({ guid, url, title, text }: EntryIdentity): string {
  const trimmedGuid = guid?.trim();
  if (trimmedGuid) return `guid:${trimmedGuid}`;
  if (url) return `url:${url}`;
  return `hash:${hashText(`${title}\n${text}`)}`;
}

/** sha256 of a UTF-8 string, hex. */
function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
