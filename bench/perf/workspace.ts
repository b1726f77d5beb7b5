import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { shippedTopics } from '../../test/helpers/temp-config.js';

export const REPO_DIR = path.resolve(import.meta.dirname, '../..');

export interface BenchSource {
  id: string;
  url: string;
  interval?: string;
}

export interface BenchConfigSpec {
  database: string;
  sources: readonly BenchSource[];
  /** Extra `poll:` keys (snake_case, as in the YAML). */
  poll?: Record<string, unknown>;
  port?: number;
}

/** A fresh temporary folder; `remove()` deletes it. */
export function createWorkspace(name: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `topicfeed-bench-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a topicfeed config (the shipped topics, the given sources) into `dir`; returns its path. */
export function writeBenchConfig(dir: string, spec: BenchConfigSpec): string {
  const config = {
    database: spec.database,
    server: { host: '127.0.0.1', port: spec.port ?? 0, base_url: 'http://localhost:8080' },
    poll: { allow_private_networks: true, max_bytes: '64MB', timeout: '60s', ...spec.poll },
    retention: { days: 0 },
    sources: spec.sources.map((s) => ({ id: s.id, url: s.url, interval: s.interval ?? '30m' })),
    topics: shippedTopics(),
  };
  const file = path.join(dir, `config-${Math.random().toString(36).slice(2, 8)}.yaml`);
  writeFileSync(file, stringify(config));
  return file;
}
