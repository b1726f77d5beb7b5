import type { ScenarioResult } from './result.js';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  os: string;
  date: string;
  load: string;
  loadEnd?: string;
  quick: boolean;
}

function describeValues(values: Record<string, unknown> | null): string {
  if (!values) return '—';
  return Object.entries(values)
    .filter(([key, value]) => key !== 'name' && value !== undefined)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value).replace(/"/g, '') : value}`,
    )
    .join('<br>');
}

function describeStatus(result: ScenarioResult): string {
  if (result.skipped) return 'skipped';
  return result.met ? 'yes' : '**no**';
}

/** The Markdown table of bench/results.md (pasted into the README's "Performance" section). */
export function renderResultsTable(
  results: Record<string, ScenarioResult>,
  machine: Machine,
): string {
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.os}; ${machine.date}; load average (1/5/15 min) at start ${machine.load}${machine.loadEnd ? `, at end ${machine.loadEnd}` : ''}${machine.quick ? '; **--quick run**' : ''}.`,
    '',
    '| scenario | measured | baseline (same run) | ratio | goal | met |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, result] of Object.entries(results)) {
    const measured = result.skipped
      ? `skipped: ${result.skipped}`
      : describeValues(result.measured);
    const baselineName =
      result.baseline && typeof result.baseline.name === 'string'
        ? `${result.baseline.name}:<br>`
        : '';
    lines.push(
      `| ${name} | ${measured} | ${baselineName}${describeValues(result.baseline)} | ${result.ratio ?? '—'} | ${result.goal} | ${describeStatus(result)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
