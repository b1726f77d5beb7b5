import { type Logger, pino } from 'pino';

export interface CapturedLog {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A pino logger whose JSON lines are kept in memory for the test to read. */
export function createCaptureLogger(): { logger: Logger; lines: CapturedLog[] } {
  const lines: CapturedLog[] = [];
  const stream = { write: (line: string) => void lines.push(JSON.parse(line) as CapturedLog) };
  return { logger: pino({ level: 'debug' }, stream), lines };
}
