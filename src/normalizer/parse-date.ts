import { parseIsoDate } from './parse-iso-date.js';
import { parseLocalizedDate } from './parse-localized-date.js';
import { parseRfc822Date } from './parse-rfc822-date.js';
import { parseW3cDate } from './parse-w3c-date.js';

/**
 * Parses a feed date in any format feeds use: W3C-DTF / ISO 8601, RFC 822 and its deviations,
 * asctime, localized Greek/Hungarian/Korean forms, truncated ISO 8601. Undefined when none fits
 * or a field is out of range (no rollover: `31 Jun` is refused).
 */
export function parseDate(raw: string | undefined): Date | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  return (
    parseW3cDate(text) ?? parseRfc822Date(text) ?? parseLocalizedDate(text) ?? parseIsoDate(text)
  );
}
