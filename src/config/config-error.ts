export interface ConfigIssue {
  file: string;
  line: number;
  col: number;
  /** Dotted path into the document, e.g. `sources.2.url`. */
  path: string;
  message: string;
}

export function formatConfigIssue(issue: ConfigIssue): string {
  const where = issue.path ? ` ${issue.path}:` : '';
  return `${issue.file}:${issue.line}:${issue.col}${where} ${issue.message}`;
}

/** Every problem found in a config file, each with its position. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[], options?: { cause?: unknown }) {
    super(
      `config: ${issues.length} problem(s)\n${issues.map(formatConfigIssue).join('\n')}`,
      options,
    );
    this.issues = issues;
  }
}
