#!/usr/bin/env -S node --max-semi-space-size=2 --heap-growing-percent=50
import { runCli } from './cli.js';
import type { CommandIo } from './commands/index.js';

const io: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
};

runCli(process.argv.slice(2), io)
  .catch((error: unknown) => {
    io.err(`topicfeed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  })
  .then((code) => {
    process.exitCode = code;
  });
