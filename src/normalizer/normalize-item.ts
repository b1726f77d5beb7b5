import type { NormalizedEntry } from '../model/entry.js';
import type { ParsedItem } from '../model/parsed-feed.js';
import { buildContentHtml } from './build-content-html.js';
import { buildEntryKey } from './build-entry-key.js';
import { cleanLabel } from './clean-label.js';
import { collapseWhitespace } from './collapse-whitespace.js';
import { detectLanguage } from './detect-language.js';
import { escapeHtml } from './escape-html.js';
import { hashText } from './hash-text.js';
import { htmlToText } from './html-to-text.js';
import { resolveEntryDate } from './resolve-entry-date.js';
import { type ItemLinks, resolveItemLinks } from './resolve-item-links.js';
import { summarizeText } from './summarize-text.js';

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

function cleanCategories(categories: unknown[]): string[] {
  const labels = categories.map((c) => (typeof c === 'string' ? cleanLabel(c) : ''));
  return [...new Set(labels.filter((label) => label !== ''))];
}

/** ParsedItem → NormalizedEntry. Pure; never throws: a field that fails is kept as plain text. */
export function normalizeItem(item: ParsedItem, ctx: NormalizeContext): NormalizedEntry {
  const warnings: string[] = [];
  const attempt = createAttempt(warnings);
  const links = attempt<ItemLinks>(
    'link',
    () => resolveItemLinks(item, ctx),
    () => ({}),
  );
  const rawTitle = attempt(
    'title',
    () => cleanLabel(item.title),
    () => collapseWhitespace(String(item.title ?? '')),
  );
  const rawBody = item.contentHtml?.trim() ? item.contentHtml : (item.summaryHtml ?? '');
  const contentHtml = attempt(
    'content',
    () => buildContentHtml(rawBody, rawTitle, links.base),
    () => `<p>${escapeHtml(String(rawBody))}</p>`,
  );
  const text = attempt(
    'text',
    () => htmlToText(contentHtml),
    () => '',
  );
  const title = rawTitle || summarizeText(text, TITLE_FROM_TEXT_LENGTH);
  const published = resolveEntryDate(item.published ?? item.updated, ctx.now);
  const updated = item.updated ? resolveEntryDate(item.updated, ctx.now) : undefined;
  for (const warning of [published.warning, updated?.warning]) if (warning) warnings.push(warning);
  const guid = item.guid?.trim() || undefined;
  return {
    sourceId: ctx.sourceId,
    key: buildEntryKey({ guid, url: links.url, title, text }),
    guid,
    link: links.link,
    url: links.url,
    title,
    contentHtml,
    text,
    summary: summarizeText(text),
    author:
      attempt(
        'author',
        () => cleanLabel(item.author),
        () => '',
      ) || undefined,
    language: ctx.languageHint ?? detectLanguage(`${title}\n${text}`, item.language),
    publishedAt: published.iso,
    hasFeedDate: published.fromFeed,
    updatedAt: updated?.fromFeed ? updated.iso : undefined,
    categories: attempt(
      'categories',
      () => cleanCategories(item.categories ?? []),
      () => [],
    ),
    contentHash: hashText(`${title}\n${text}`),
    warnings,
  };
}
