import { parseArgs } from 'node:util';
import { resolveConfigPath } from './app.js';
import type { CommandIo } from './commands/index.js';
import {
  checkCommand,
  explainCommand,
  exportCommand,
  fetchCommand,
  healthcheckCommand,
  migrateStoreCommand,
  opmlExportCommand,
  opmlImportCommand,
  parseRole,
  runCommand,
  serveCommand,
  topicsEvalCommand,
  topicsListCommand,
  topicsTeachCommand,
  topicsTestCommand,
} from './commands/index.js';
import { createLogger } from './create-logger.js';

const USAGE = `usage: topicfeed <command> [options]

  run         [--config F] [--role all|poller|server]
                                                poll on schedule and serve HTTP (a role: only
                                                one of them; with PostgreSQL any number of each)
  fetch       [--config F] [--source ID]        poll every source (or one) now, then exit
  serve       [--config F] [--port N]           the HTTP server alone
  check       [--config F]                      validate the config
  export      [--config F] --topic ID [--format rss|atom|json] [--limit N]
  explain     [--config F] <story id|guid>      a story's members and why each joined
  opml import FILE [--config F] [--dry-run]     add an OPML file's feeds to the config
  opml export [--config F] [--full]             the sources as OPML 2.0 (--full: the real URLs,
                                                credentials, query strings and file: sources)
  healthcheck [--config F]                      exit 0 if the running daemon answers
  migrate-store --from FILE --to URL            copy a SQLite store into an empty PostgreSQL one
  topics list [--config F]                      the topics, their thresholds and stored stories
  topics test TOPIC [--query Q] [--min-score S] [--limit N] [--all]
                                                what a topic (or a draft query) matches now
  topics teach TOPIC --yes|--no|--forget ENTRY…  label stored entries' stories (ENTRY: an id as
                                                topics test prints it, a guid or a url); the
                                                topic learns and its feed changes at once
  topics eval TOPIC [--folds N] [--limit N]     cross-validated precision, recall and F1 of the
                                                topic on its labelled examples

The config defaults to $TOPICFEED_CONFIG, then config/topicfeed.yaml.
`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  source: { type: 'string' },
  port: { type: 'string' },
  role: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  topic: { type: 'string' },
  format: { type: 'string' },
  limit: { type: 'string' },
  'dry-run': { type: 'boolean' },
  full: { type: 'boolean' },
  query: { type: 'string' },
  'min-score': { type: 'string' },
  all: { type: 'boolean' },
  yes: { type: 'boolean' },
  no: { type: 'boolean' },
  forget: { type: 'boolean' },
  folds: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function toInt(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}

function toScore(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(text))
    throw new Error(`--min-score must be a number ≥ 0, got "${text}"`);
  return Number(text);
}

function teachLabel(values: {
  yes?: boolean;
  no?: boolean;
  forget?: boolean;
}): 'yes' | 'no' | 'forget' {
  const given = (['yes', 'no', 'forget'] as const).filter((flag) => values[flag]);
  if (given.length !== 1 || !given[0])
    throw new Error('topics teach needs exactly one of --yes, --no or --forget');
  return given[0];
}

/** Parses argv and runs one command; resolves to the process exit code. */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
  });
  const [command, sub, file] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = resolveConfigPath(values.config, io.env);
  const logger = () =>
    createLogger(command === 'run' || command === 'serve' ? 'info' : 'warn', io.env);
  switch (command) {
    case 'run':
      return runCommand(config, parseRole(values.role), io, logger());
    case 'fetch':
      return fetchCommand(config, values.source, io, logger());
    case 'serve':
      return serveCommand(config, toInt(values.port, 'port'), io, logger());
    case 'check':
      return checkCommand(config, io);
    case 'migrate-store':
      return migrateStoreCommand(values.from, values.to, io);
    case 'export':
      if (!values.topic) throw new Error('export needs --topic ID');
      return exportCommand(
        config,
        {
          topic: values.topic,
          format: values.format ?? 'rss',
          limit: toInt(values.limit, 'limit') ?? 50,
        },
        io,
        logger(),
      );
    case 'explain':
      return explainCommand(config, sub, io, logger());
    case 'opml':
      if (sub === 'export') return opmlExportCommand(config, io, logger(), values.full ?? false);
      if (sub === 'import' && file)
        return opmlImportCommand(config, file, values['dry-run'] ?? false, io);
      throw new Error('usage: topicfeed opml import FILE | topicfeed opml export');
    case 'healthcheck':
      return healthcheckCommand(config, io);
    case 'topics':
      if (sub === 'list') return topicsListCommand(config, io, logger());
      if (sub === 'test' && (file || values.query !== undefined))
        return topicsTestCommand(
          config,
          {
            topic: file ?? 'draft',
            query: values.query,
            minScore: toScore(values['min-score']),
            limit: toInt(values.limit, 'limit') ?? 20,
            all: values.all ?? false,
          },
          io,
          logger(),
        );
      if (sub === 'teach' && file)
        return topicsTeachCommand(
          config,
          { topic: file, label: teachLabel(values), entries: positionals.slice(3) },
          io,
          logger(),
        );
      if (sub === 'eval' && file)
        return topicsEvalCommand(
          config,
          {
            topic: file,
            folds: toInt(values.folds, 'folds') ?? 5,
            limit: toInt(values.limit, 'limit') ?? 10,
          },
          io,
          logger(),
        );
      throw new Error(
        'usage: topicfeed topics list | test TOPIC [--query Q] | teach TOPIC --yes|--no|--forget ENTRY… | eval TOPIC',
      );
    default:
      throw new Error(`unknown command "${command}"\n${USAGE}`);
  }
}
