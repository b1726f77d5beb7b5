import { loadConfig } from '../config/index.js';
import type { CommandIo } from './command-io.js';
import { reportError } from './report-error.js';

/** `topicfeed check`: validates and compiles the config; every problem as file:line:col path: message. */
export function checkCommand(configPath: string, io: CommandIo): number {
  try {
    const config = loadConfig(configPath);
    io.out(
      `${config.file}: ok (${config.sources.length} sources, ${config.topics.length} topics)\n`,
    );
    return 0;
  } catch (error) {
    return reportError(io, error);
  }
}
