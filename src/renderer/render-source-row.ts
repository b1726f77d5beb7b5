import { escapeHtml } from '../normalizer/index.js';
import { isWebUrl } from './build-feed.js';
import { publicError, publicSourceUrl, redactUrls } from './public-url.js';

/** A source as the index page shows it: who it is, how its polls went, when the next one is. */
export interface IndexSource {
  id: string;
  title: string;
  /** The feed URL, shown without credentials or query; absent when the operator hides sources. */
  url?: string;
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastOutcome?: string;
  lastStatus?: number;
  lastError?: string;
  nextPollAt?: string;
  consecutiveErrors: number;
  disabledReason?: string;
  entryCount: number;
  /** Entries added and updated by the last poll that stored something. */
  lastNewEntries?: number;
  lastUpdatedEntries?: number;
  /** For a full_text source: its entries' article fetches, and the latest failure's reason. */
  articleFetches?: { ok: number; failed: number; lastError?: string };
}

export type HealthClass = 'failing' | 'disabled' | 'pending' | 'ok';

/** Sources in this order on the index page: the ones that need attention first. */
export const HEALTH_ORDER: Record<HealthClass, number> = {
  failing: 0,
  disabled: 1,
  pending: 2,
  ok: 3,
};

/** The badge of a source on the index page: its class (for colour and order) and its words. */
export function describeSourceHealth(source: IndexSource): { cls: HealthClass; label: string } {
  if (source.disabledReason)
    return { cls: 'disabled', label: `disabled: ${source.disabledReason}` };
  if (source.lastOutcome === 'error') {
    const times = source.consecutiveErrors === 1 ? 'once' : `${source.consecutiveErrors}× in a row`;
    return { cls: 'failing', label: `failing (${times})` };
  }
  if (!source.lastAttemptAt) return { cls: 'pending', label: 'not polled yet' };
  if (source.lastOutcome === 'not-modified') return { cls: 'ok', label: 'ok · not modified' };
  if (source.lastOutcome === 'skipped') return { cls: 'ok', label: 'ok · waiting (Retry-After)' };
  return { cls: 'ok', label: 'ok' };
}

/** The source's URL under its name: without credentials or query, linked only when it is http(s). */
function sourceLink(url: string | undefined): string {
  if (url === undefined) return '';
  const shown = escapeHtml(publicSourceUrl(url));
  return isWebUrl(url)
    ? `<br/><a class="url" href="${shown}" rel="noreferrer nofollow">${shown}</a>`
    : `<br/><span class="url">${shown}</span>`;
}

/**
 * One row of the index page's source table: who, health badge, last and next poll, error (URLs in
 * error text shown like the source's own: no credentials, no query).
 */
export function renderSourceRow(source: IndexSource, now: Date): string {
  const { cls, label } = describeSourceHealth(source);
  const cells = [
    `<strong>${escapeHtml(source.title)}</strong> <code>${escapeHtml(source.id)}</code>${sourceLink(source.url)}`,
    `<span class="badge">${escapeHtml(redactUrls(label))}</span>`,
    lastPoll(source, cls === 'failing', now),
    source.lastError
      ? `<span class="error">${escapeHtml(publicError(source.lastError))}</span>`
      : '',
    nextPoll(source, now),
    entries(source),
  ];
  return `<tr class="${cls}">${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

function entries(source: IndexSource): string {
  const added = source.lastNewEntries ?? 0;
  const updated = source.lastUpdatedEntries ?? 0;
  const last =
    added + updated > 0 ? `<br/><small>last poll: +${added} new, ${updated} updated</small>` : '';
  return `${source.entryCount}${last}${articleFetches(source)}`;
}

function articleFetches(source: IndexSource): string {
  const fetches = source.articleFetches;
  if (!fetches) return '';
  const why = fetches.lastError
    ? ` title="${escapeHtml(`last failure: ${publicError(fetches.lastError)}`)}"`
    : '';
  return `<br/><small class="articles"${why}>article fetches: ${fetches.ok} ok, ${fetches.failed} failed</small>`;
}

function nextPoll(source: IndexSource, now: Date): string {
  if (source.disabledReason) return '—';
  if (source.nextPollAt && Date.parse(source.nextPollAt) <= now.getTime()) return 'due';
  return renderTime(source.nextPollAt, now);
}

function lastPoll(source: IndexSource, failing: boolean, now: Date): string {
  const status = source.lastStatus === undefined ? '' : ` <small>HTTP ${source.lastStatus}</small>`;
  const success = source.lastSuccessAt
    ? `last success ${renderTime(source.lastSuccessAt, now)}`
    : 'never succeeded';
  return `${renderTime(source.lastAttemptAt, now)}${status}${failing ? `<br/><small>${success}</small>` : ''}`;
}

/** A `<time>` element: relative text, the exact UTC time in its title; a dash when absent. */
function renderTime(iso: string | undefined, now: Date): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return escapeHtml(iso);
  const exact = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<time datetime="${escapeHtml(at.toISOString())}" title="${exact}">${describeAge(at, now)}</time>`;
}

const AGE_UNITS: [number, string][] = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1000, 's'],
];

/** "3 min ago" / "in 2 h": the largest unit that fits, rounded down. */
function describeAge(at: Date, now: Date): string {
  const diff = at.getTime() - now.getTime();
  const size = Math.abs(diff);
  const [unit, name] = AGE_UNITS.find(([ms]) => size >= ms) ?? [1000, 's'];
  const amount = `${Math.floor(size / unit)} ${name}`;
  if (size < 1000) return 'now';
  return diff < 0 ? `${amount} ago` : `in ${amount}`;
}
