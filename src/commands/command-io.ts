/** Where a command writes: real stdout/stderr in the CLI, buffers in tests. */
export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}
