export type HealthClass = 'failing' | 'disabled' | 'pending' | 'ok';

export interface SourceHealthInput {
  lastAttemptAt?: string;
  lastOutcome?: string;
  consecutiveErrors: number;
  disabledReason?: string;
}

/** The badge of a source on the index page: its class (for colour and order) and its words. */
export function describeSourceHealth(source: SourceHealthInput): {
  cls: HealthClass;
  label: string;
} {
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

export const HEALTH_ORDER: Record<HealthClass, number> = {
  failing: 0,
  disabled: 1,
  pending: 2,
  ok: 3,
};
