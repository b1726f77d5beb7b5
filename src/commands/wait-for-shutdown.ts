/** Resolves on the first SIGTERM or SIGINT (the second one exits at once). */
export function waitForShutdown(onReload?: () => void): Promise<string> {
  return new Promise((resolve) => {
    const reload = () => onReload?.();
    const stop = (signal: string) => {
      process.off('SIGHUP', reload);
      process.once('SIGTERM', () => process.exit(1));
      process.once('SIGINT', () => process.exit(1));
      resolve(signal);
    };
    if (onReload) process.on('SIGHUP', reload);
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
