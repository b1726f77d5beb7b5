import type { NormalizedEntry, ParsedItem } from '../model/index.js';
import { buildEntryKey } from './build-entry-key.js';
import { cleanLabel } from './clean-label.js';
import { coerceParsedItem } from './coerce-parsed-item.js';
import { buildContentHtml } from './content-html.js';
import { type Attempt, createAttempt } from './create-attempt.js';
import { detectLanguage } from './detect-language.js';
import { hashText } from './hash-text.js';
import { collapseWhitespace, escapeHtml, htmlToText } from './html-to-text.js';
import { resolveItemDates } from './resolve-item-dates.js';
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
