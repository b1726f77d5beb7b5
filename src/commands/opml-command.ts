import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { parseConfig } from '../config/index.js';
import { addSourcesToConfig, parseOpml } from '../opml/index.js';
import { renderOpml } from '../renderer/index.js';
import { type CommandIo, reportError, withSourceStore } from './with-app.js';

/**
 * `topicfeed opml export [--full]`: the active sources as OPML 2.0 on stdout, as `/opml` serves
 * them (no credentials, no query strings, no file: sources); `--full` writes the real URLs. On
 * either backend: the store's sources, brought in line with the config as the command opens it.
 */
export function opmlExportCommand(
  configPath: string,
  io: CommandIo,
  logger: Logger,
  full = false,
): Promise<number> {
  return withSourceStore(configPath, io, logger, async (sources) => {
    io.out(renderOpml(await sources.listSources({ activeOnly: true }), new Date(), { full }));
    return 0;
  });
}

/**
 * `topicfeed opml import FILE`: adds the OPML's feeds to the config file, keeping its comments;
 * with --dry-run prints the resulting config instead. The new config is validated before writing.
 * It never opens the store, on either backend: the config is the list of sources, and every
 * instance brings the store in line with it as it starts (SQLite and PostgreSQL alike).
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
