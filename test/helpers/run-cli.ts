import { runCli } from '../../src/cli.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs a topicfeed command in-process, capturing what it prints. */
export async function runTopicfeed(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env: { LOG_LEVEL: 'silent', ...env },
  });
  return { code, out, err };
}

/** `topicfeed export --topic T --format F --limit 0`: every story of one topic, as the CLI prints it. */
export function exportTopic(config: string, topic: string, format = 'json'): Promise<CliResult> {
  return runTopicfeed([
    'export',
    '--config',
    config,
    '--topic',
    topic,
    '--format',
    format,
    '--limit',
    '0',
  ]);
}
