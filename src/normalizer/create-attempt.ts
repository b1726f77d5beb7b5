/** Runs one field's cleaning; on an exception records a warning and returns the fallback. */
export type Attempt = <T>(field: string, run: () => T, fallback: () => T) => T;

export function createAttempt(warnings: string[]): Attempt {
  return (field, run, fallback) => {
    try {
      return run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(`normalizer: ${field} kept as plain text: ${reason}`);
      return fallback();
    }
  };
}
