import { ConfigError, formatConfigIssue } from '../config/index.js';
import type { CommandIo } from './command-io.js';

/** Prints an error the way an operator needs it (config problems one per line), never a stack trace. */
export function reportError(io: CommandIo, error: unknown): number {
  if (error instanceof ConfigError) {
    for (const issue of error.issues) io.err(`${formatConfigIssue(issue)}\n`);
    return 1;
  }
  io.err(`topicfeed: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
