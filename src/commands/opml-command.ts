import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { parseConfig } from '../config/index.js';
import { addSourcesToConfig, parseOpml } from '../opml/index.js';
import { renderOpml } from '../renderer/index.js';
import { listSources } from '../store/index.js';
import { type CommandIo, reportError, withApp } from './with-app.js';

/**
 * `topicfeed opml export [--full]`: the sources as OPML 2.0 on stdout, as `/opml` serves them
 * (no credentials, no query strings, no file: sources); `--full` writes the real URLs.
 */
export function opmlExportCommand(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  full = false,
): Promise<number> {
  return withApp(configPath, io, logger, async (app) => {
    io.out(renderOpml(listSources(app.db, { activeOnly: true }), new Date(), { full }));
    return 0;
  });
}

/**
 * `topicfeed opml import FILE`: adds the OPML's feeds to the config file, keeping its comments;
 * with --dry-run prints the resulting config instead. The new config is validated before writing.
 */
export async function opmlImportCommand(
  configPath: string,
  file: string,
  dryRun: boolean,
  io: CommandIo,
): Promise<number> {
  try {
    const outlines = await parseOpml(readFileSync(file, 'utf8'));
    const result = addSourcesToConfig(readFileSync(configPath, 'utf8'), outlines);
    parseConfig(result.text, configPath);
    for (const skipped of result.skipped) io.err(`skipped ${skipped.url}: ${skipped.reason}\n`);
    if (dryRun) {
      io.out(result.text);
      return 0;
    }
    writeFileSync(`${configPath}.tmp`, result.text);
    renameSync(`${configPath}.tmp`, configPath);
    io.out(
      `added ${result.added.length} source(s) to ${configPath}: ${result.added.map((a) => a.id).join(', ') || 'none'}\n`,
    );
    return 0;
  } catch (error) {
    return reportError(io, error);
  }
}
