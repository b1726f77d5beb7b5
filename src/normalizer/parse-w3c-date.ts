import { buildUtcDate } from './build-utc-date.js';
import { parseZoneOffset } from './parse-zone-offset.js';

const W3C_DATE =
  /^(\d{4})(?:-(\d{2,3})(?:-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;

/** W3C-DTF / RFC 3339 and the common space-separated variant; a missing zone means UTC. */
export function parseW3cDate(raw: string): Date | undefined {
  const match = W3C_DATE.exec(raw.trim());
  if (!match) return undefined;
  const offsetMinutes = match[7] === undefined ? 0 : parseZoneOffset(match[7]);
  if (offsetMinutes === undefined) return undefined;
  return buildUtcDate({
    year: Number(match[1]),
    month: Number(match[2] ?? 1),
    day: Number(match[3] ?? 1),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
    offsetMinutes,
  });
}
