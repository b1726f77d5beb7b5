import { escapeHtml } from '../normalizer/index.js';

const UNITS: [number, string][] = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1000, 's'],
];

/** "3 min ago" / "in 2 h": the largest unit that fits, rounded down. */
export function describeAge(at: Date, now: Date): string {
  const diff = at.getTime() - now.getTime();
  const size = Math.abs(diff);
  const [unit, name] = UNITS.find(([ms]) => size >= ms) ?? [1000, 's'];
  const amount = `${Math.floor(size / unit)} ${name}`;
  if (size < 1000) return 'now';
  return diff < 0 ? `${amount} ago` : `in ${amount}`;
}

/** A `<time>` element: relative text, the exact UTC time in its title; a dash when absent. */
export function renderTime(iso: string | undefined, now: Date): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return escapeHtml(iso);
  const exact = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<time datetime="${escapeHtml(at.toISOString())}" title="${exact}">${describeAge(at, now)}</time>`;
}
