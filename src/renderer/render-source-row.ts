import { escapeHtml } from '../normalizer/index.js';
import { describeSourceHealth } from './describe-source-health.js';
import { renderTime } from './describe-time.js';

export interface IndexSource {
  id: string;
  title: string;
  url: string;
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
}

function entries(source: IndexSource): string {
  const added = source.lastNewEntries ?? 0;
  const updated = source.lastUpdatedEntries ?? 0;
  const last =
    added + updated > 0 ? `<br/><small>last poll: +${added} new, ${updated} updated</small>` : '';
  return `${source.entryCount}${last}`;
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

/** One row of the index page's source table: who, health badge, last and next poll, error. */
export function renderSourceRow(source: IndexSource, now: Date): string {
  const { cls, label } = describeSourceHealth(source);
  const cells = [
    `<strong>${escapeHtml(source.title)}</strong> <code>${escapeHtml(source.id)}</code><br/><a class="url" href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>`,
    `<span class="badge">${escapeHtml(label)}</span>`,
    lastPoll(source, cls === 'failing', now),
    source.lastError ? `<span class="error">${escapeHtml(source.lastError)}</span>` : '',
    nextPoll(source, now),
    entries(source),
  ];
  return `<tr class="${cls}">${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}
